using System.Collections.Frozen;

namespace Briefing.Core.Extraction.Lexicons;

/// <summary>A frozen, case-insensitive word list that keeps its span lookup. Asking a <see cref="FrozenSet{T}"/> for
/// its alternate lookup on every call costs an interface check and a virtual generic call, more than the hash lookup
/// itself, and the extractor asks word lists millions of times per second.</summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordSet(FrozenSet<string> words)
    {
        Words = words;
        _lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public FrozenSet<string> Words { get; }

    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);
}

/// <summary>A frozen, case-insensitive word → value table that keeps its span lookup (see <see cref="WordSet"/>).</summary>
internal sealed class WordMap<TValue>
{
    private readonly FrozenDictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordMap(FrozenDictionary<string, TValue> table) => _lookup = table.GetAlternateLookup<ReadOnlySpan<char>>();

    public bool TryGetValue(ReadOnlySpan<char> word, out TValue value) => _lookup.TryGetValue(word, out value!);

    public bool ContainsKey(ReadOnlySpan<char> word) => _lookup.ContainsKey(word);
}
