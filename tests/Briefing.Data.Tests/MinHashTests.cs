using System.Text;
using Briefing.Data.Inbox;

namespace Briefing.Data.Tests;

/// <summary>Signatures are stored with inbox rows and compared with new ones after a restart, so a faster way of
/// computing them must give exactly the values the first implementation gave (kept here as the reference).</summary>
public sealed class MinHashTests
{
    [Theory]
    [InlineData("plain")]
    [InlineData("mixed")]
    public void Signatures_equal_the_stored_format_of_the_reference_implementation(string kind)
    {
        var words = "Harbour grain bridge TRAM river ferry 2026 council budget, treaty; tariff strike Vote coalition envoy Ministère Øresund".Split(' ');
        var random = new Random(kind == "plain" ? 1 : 2);
        var text = new StringBuilder(kind == "mixed" ? "  «Quoted» — opening…\n\n" : "");
        for (var w = 0; w < 120; w++) text.Append(words[random.Next(words.Length)]).Append(w % 9 == 8 ? ".\n" : kind == "mixed" ? " –\t" : " ");

        Assert.Equal(ReferenceSignature(text.ToString()), MinHash.Signature(text.ToString()));
    }

    [Fact]
    public void A_text_under_the_minimum_of_words_has_no_signature()
    {
        Assert.Null(MinHash.Signature(string.Join(' ', Enumerable.Repeat("word", MinHash.MinWords - 1))));
        Assert.NotNull(MinHash.Signature(string.Join(' ', Enumerable.Repeat("word", MinHash.MinWords))));
    }

    // The first implementation, verbatim in behaviour: one string per lower-cased word, FNV-1a over three of them.
    private static uint[]? ReferenceSignature(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c)) current.Append(char.ToLowerInvariant(c));
            else if (current.Length > 0) { words.Add(current.ToString()); current.Clear(); }
        }
        if (current.Length > 0) words.Add(current.ToString());
        if (words.Count < MinHash.MinWords) return null;
        var random = new Random(20240601);
        var seeds = Enumerable.Range(0, MinHash.Size).Select(_ => ((ulong)random.NextInt64() | 1UL, (ulong)random.NextInt64())).ToArray();
        var signature = Enumerable.Repeat(uint.MaxValue, MinHash.Size).ToArray();
        for (var i = 0; i + 3 <= words.Count; i++)
        {
            var shingle = Fnv1a(words[i], Fnv1a(words[i + 1], Fnv1a(words[i + 2], 14695981039346656037UL)));
            for (var k = 0; k < MinHash.Size; k++)
            {
                var h = (uint)((shingle * seeds[k].Item1 + seeds[k].Item2) >> 32);
                if (h < signature[k]) signature[k] = h;
            }
        }
        return signature;
    }

    private static ulong Fnv1a(string word, ulong hash)
    {
        foreach (var c in word) hash = (hash ^ c) * 1099511628211UL;
        return (hash ^ ' ') * 1099511628211UL;
    }
}

/// <summary>The content hash names an article (its id is the first 16 digits) and finds repeats across restarts, so
/// its normalisation must stay that of the first implementation: words joined by single spaces.</summary>
public sealed class ContentHashTests
{
    [Theory]
    [InlineData("One two\nthree.")]
    [InlineData("  \t One   two \r\n\r\n three.\u00A0\u2003four  ")]
    [InlineData("single")]
    [InlineData("   ")]
    [InlineData("«Veltria» — ministère\u2028next line")]
    public void The_hash_is_that_of_the_words_joined_by_single_spaces(string text)
    {
        var reference = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(reference)));

        Assert.Equal(expected, InboxStore.ContentHash(text));
    }
}
