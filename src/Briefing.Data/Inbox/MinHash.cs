using System.Buffers.Binary;

namespace Briefing.Data.Inbox;

/// <summary>A 64-value MinHash signature over word 3-shingles: two texts' signatures agree in about the same
/// share of positions as their shingle sets overlap (Jaccard similarity), whatever the texts' lengths.</summary>
public static class MinHash
{
    public const int Size = 64;
    private const int ShingleWords = 3;

    /// <summary>Too few shingles make the estimate noisy and short notes alike by chance: no signature.</summary>
    public const int MinWords = 50;

    private static readonly (ulong A, ulong B)[] Seeds = MakeSeeds();

    public static uint[]? Signature(string text)
    {
        var (letters, words) = Words(text);
        if (words.Count < MinWords) return null;
        var signature = new uint[Size];
        Array.Fill(signature, uint.MaxValue);
        for (var i = 0; i + ShingleWords <= words.Count; i++)
        {
            var shingle = Fnv1a(letters, words[i], Fnv1a(letters, words[i + 1], Fnv1a(letters, words[i + 2], 14695981039346656037UL)));
            for (var k = 0; k < Size; k++)
            {
                // A cheap family of hash functions: one 64-bit hash, mixed with a different odd multiplier each.
                var h = (uint)((shingle * Seeds[k].A + Seeds[k].B) >> 32);
                if (h < signature[k]) signature[k] = h;
            }
        }
        return signature;
    }

    public static double Similarity(uint[] a, uint[] b)
    {
        var same = 0;
        for (var k = 0; k < Size; k++) if (a[k] == b[k]) same++;
        return same / (double)Size;
    }

    public static byte[] ToBytes(uint[] signature)
    {
        var bytes = new byte[Size * 4];
        for (var k = 0; k < Size; k++) BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(k * 4), signature[k]);
        return bytes;
    }

    public static uint[] FromBytes(byte[] bytes)
    {
        var signature = new uint[Size];
        for (var k = 0; k < Size; k++) signature[k] = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(k * 4));
        return signature;
    }

    // Stable across processes (unlike string.GetHashCode), so stored signatures stay comparable.
    private static ulong Fnv1a(char[] letters, (int Start, int Length) word, ulong hash)
    {
        foreach (var c in letters.AsSpan(word.Start, word.Length)) hash = (hash ^ c) * 1099511628211UL;
        return (hash ^ ' ') * 1099511628211UL;
    }

    /// <summary>The text's words, lower-cased, as ranges of one buffer (the API accepts a thousand articles a second:
    /// no string per word).</summary>
    private static (char[] Letters, List<(int Start, int Length)> Words) Words(string text)
    {
        var letters = new char[text.Length];
        var words = new List<(int, int)>(text.Length / 5);
        int length = 0, start = 0;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c)) letters[length++] = char.ToLowerInvariant(c);
            else if (length > start)
            {
                words.Add((start, length - start));
                start = length;
            }
        }
        if (length > start) words.Add((start, length - start));
        return (letters, words);
    }

    private static (ulong, ulong)[] MakeSeeds()
    {
        // Fixed seeds: signatures stored in the database must stay comparable across restarts.
        var random = new Random(20240601);
        return Enumerable.Range(0, Size).Select(_ => ((ulong)random.NextInt64() | 1UL, (ulong)random.NextInt64())).ToArray();
    }
}
