using System.Buffers.Binary;
using System.Text;

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
        var words = Words(text);
        if (words.Count < MinWords) return null;
        var signature = new uint[Size];
        Array.Fill(signature, uint.MaxValue);
        for (var i = 0; i + ShingleWords <= words.Count; i++)
        {
            var shingle = Fnv1a(words[i], Fnv1a(words[i + 1], Fnv1a(words[i + 2], 14695981039346656037UL)));
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
    private static ulong Fnv1a(string word, ulong hash)
    {
        foreach (var c in word) hash = (hash ^ c) * 1099511628211UL;
        return (hash ^ ' ') * 1099511628211UL;
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c)) current.Append(char.ToLowerInvariant(c));
            else if (current.Length > 0) { words.Add(current.ToString()); current.Clear(); }
        }
        if (current.Length > 0) words.Add(current.ToString());
        return words;
    }

    private static (ulong, ulong)[] MakeSeeds()
    {
        // Fixed seeds: signatures stored in the database must stay comparable across restarts.
        var random = new Random(20240601);
        return Enumerable.Range(0, Size).Select(_ => ((ulong)random.NextInt64() | 1UL, (ulong)random.NextInt64())).ToArray();
    }
}
