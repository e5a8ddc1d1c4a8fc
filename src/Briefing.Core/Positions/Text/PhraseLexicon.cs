using System.Collections.Frozen;

namespace Briefing.Core.Positions.Text;

/// <summary>A match of lexicon entry <see cref="Entry"/> over word tokens [FirstToken, FirstToken + TokenCount).</summary>
internal readonly record struct LexMatch(int Entry, int FirstToken, int TokenCount)
{
    public int LastToken => FirstToken + TokenCount - 1;
}

/// <summary>Compiled multi-word phrase matcher over <see cref="Tokenizer"/> tokens. Phrase syntax: words separated by
/// spaces or hyphens; a trailing <c>*</c> makes a word a prefix (<c>negotiat*</c>, at least 3 letters); a plain word
/// also matches its plural (-s, -es, -y→-ies) and possessive ('s, ’s); an all-capitals word of 2+ letters is an
/// acronym, matched case-sensitively and exactly ("NPA" matches "NPA’s" but not "NPAs" or "npa"). Everything
/// else is case-insensitive. Built once; matching allocates only the result list.</summary>
internal sealed class PhraseLexicon
{
    private readonly Part[][] _entries;
    private readonly FrozenDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _firstWord;
    private readonly FrozenDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _firstAcronym;
    private readonly (int Length, FrozenDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> Map)[] _firstPrefix;

    public int Count => _entries.Length;

    public PhraseLexicon(IReadOnlyList<string> phrases)
    {
        _entries = new Part[phrases.Count][];
        var words = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        var acronyms = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var prefixes = new Dictionary<int, Dictionary<string, List<int>>>();
        for (var e = 0; e < phrases.Count; e++)
        {
            var parts = Parse(phrases[e]);
            _entries[e] = parts;
            var first = parts[0];
            if (first.Prefix is { } prefix)
            {
                if (!prefixes.TryGetValue(prefix.Length, out var byLength))
                    prefixes[prefix.Length] = byLength = new(StringComparer.OrdinalIgnoreCase);
                AddTo(byLength, prefix, e);
            }
            else if (first.IsAcronym) AddTo(acronyms, first.Word!, e);
            else foreach (var form in first.Forms!) AddTo(words, form, e);
        }
        _firstWord = Freeze(words, StringComparer.OrdinalIgnoreCase);
        _firstAcronym = Freeze(acronyms, StringComparer.Ordinal);
        _firstPrefix = prefixes.OrderBy(p => p.Key)
            .Select(p => (p.Key, Freeze(p.Value, StringComparer.OrdinalIgnoreCase))).ToArray();
    }

    /// <summary>Checks a phrase's syntax; returns null when valid, else what is wrong.</summary>
    public static string? Validate(string phrase)
    {
        try { Parse(phrase); return null; }
        catch (ArgumentException ex) { return ex.Message; }
    }

    /// <summary>Appends every match (overlapping ones included) in token order.</summary>
    public void Match(string text, ReadOnlySpan<Token> tokens, List<LexMatch> results)
    {
        Span<char> buffer = stackalloc char[64];
        var candidates = new List<int>(4);
        for (var t = 0; t < tokens.Length; t++)
        {
            if (tokens[t].Kind != TokenKind.Word) continue;
            var word = Normalize(text.AsSpan(tokens[t].Start, tokens[t].Length), buffer);
            var stem = PossessiveStem(word);
            candidates.Clear();
            Collect(word, stem, candidates);
            foreach (var entry in candidates)
            {
                var parts = _entries[entry];
                var ok = true;
                for (var k = 1; k < parts.Length && ok; k++)
                {
                    var at = t + k;
                    ok = at < tokens.Length && tokens[at].Kind == TokenKind.Word &&
                         parts[k].Matches(Normalize(text.AsSpan(tokens[at].Start, tokens[at].Length), buffer));
                }
                if (ok) results.Add(new LexMatch(entry, t, parts.Length));
            }
        }
    }

    /// <summary>Keeps the longest of overlapping matches (leftmost first); ties keep the earlier entry in
    /// <paramref name="matches"/>. Result is in token order.</summary>
    public static List<LexMatch> Longest(List<LexMatch> matches)
    {
        var order = new List<(LexMatch M, int Index)>(matches.Count);
        for (var i = 0; i < matches.Count; i++) order.Add((matches[i], i));
        order.Sort((a, b) => a.M.TokenCount != b.M.TokenCount ? b.M.TokenCount.CompareTo(a.M.TokenCount)
            : a.M.FirstToken != b.M.FirstToken ? a.M.FirstToken.CompareTo(b.M.FirstToken) : a.Index.CompareTo(b.Index));
        var kept = new List<LexMatch>(matches.Count);
        foreach (var (m, _) in order)
        {
            var overlaps = false;
            foreach (var k in kept)
                if (m.FirstToken <= k.LastToken && k.FirstToken <= m.LastToken) { overlaps = true; break; }
            if (!overlaps) kept.Add(m);
        }
        kept.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        return kept;
    }

    private void Collect(ReadOnlySpan<char> word, ReadOnlySpan<char> stem, List<int> into)
    {
        Add(_firstWord, word, into);
        Add(_firstAcronym, word, into);
        if (!stem.IsEmpty) { Add(_firstWord, stem, into); Add(_firstAcronym, stem, into); }
        foreach (var (length, map) in _firstPrefix)
        {
            if (length > word.Length) break;
            Add(map, word[..length], into);
        }
    }

    private static void Add(FrozenDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> map,
        ReadOnlySpan<char> key, List<int> into)
    {
        if (!map.TryGetValue(key, out var entries)) return;
        foreach (var e in entries) if (!into.Contains(e)) into.Add(e);
    }

    /// <summary>Replaces the typographic apostrophe so one form covers both spellings.</summary>
    internal static ReadOnlySpan<char> Normalize(ReadOnlySpan<char> word, Span<char> buffer)
    {
        if (word.IndexOf('’') < 0 || word.Length > buffer.Length) return word;
        word.CopyTo(buffer);
        var copy = buffer[..word.Length];
        copy.Replace('’', '\'');
        return copy;
    }

    private static ReadOnlySpan<char> PossessiveStem(ReadOnlySpan<char> word)
    {
        if (word.Length > 2 && word.EndsWith("'s", StringComparison.OrdinalIgnoreCase)) return word[..^2];
        if (word.Length > 2 && word[^1] == '\'') return word[..^1];
        return [];
    }

    private static Part[] Parse(string phrase)
    {
        if (string.IsNullOrWhiteSpace(phrase)) throw new ArgumentException("a keyword or cue is empty");
        var raw = phrase.Split([' ', '\t', '-', '‐'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (raw.Length == 0) throw new ArgumentException($"'{phrase}' has no words");
        var parts = new Part[raw.Length];
        for (var i = 0; i < raw.Length; i++)
        {
            var w = raw[i].Replace('’', '\'');
            var isPrefix = w.EndsWith('*');
            if (isPrefix) w = w[..^1];
            w = w.TrimEnd('.'); // "U.S." is tokenized as "U.S"
            foreach (var ch in w)
                if (!char.IsLetterOrDigit(ch) && ch is not '\'' and not '.')
                    throw new ArgumentException($"'{phrase}': unsupported character '{ch}' (use letters, digits, ' and a trailing *)");
            if (w.Length == 0) throw new ArgumentException($"'{phrase}': a word is empty or only '*'");
            if (isPrefix && w.Length < 3) throw new ArgumentException($"'{phrase}': prefix '{w}*' is shorter than 3 letters");
            parts[i] = isPrefix ? Part.ForPrefix(w) : Part.ForWord(w);
        }
        return parts;
    }

    private static void AddTo(Dictionary<string, List<int>> map, string key, int entry)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        if (!list.Contains(entry)) list.Add(entry);
    }

    private static FrozenDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> Freeze(
        Dictionary<string, List<int>> map, StringComparer comparer) =>
        map.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), comparer).GetAlternateLookup<ReadOnlySpan<char>>();

    private sealed class Part
    {
        public string? Prefix { get; private init; }
        public string? Word { get; private init; }
        public bool IsAcronym { get; private init; }
        public string[]? Forms { get; private init; }
        private FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _forms;

        public static Part ForPrefix(string prefix) => new() { Prefix = prefix };

        public static Part ForWord(string word)
        {
            var letters = 0;
            var upper = true;
            foreach (var ch in word)
                if (char.IsLetter(ch)) { letters++; upper &= char.IsUpper(ch); }
            if (letters >= 2 && upper && !word.Contains('.'))
                return new Part { Word = word, IsAcronym = true, Forms = [word] };
            string[] forms = letters == 0 || word.Contains('\'') || word.Contains('.') ? [word]
                : word.EndsWith('y') && word.Length > 2 && !IsVowel(word[^2]) ? [word, word + "s", word[..^1] + "ies"]
                : [word, word + "s", word + "es"];
            return new Part
            {
                Word = word,
                Forms = forms,
                _forms = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, forms).GetAlternateLookup<ReadOnlySpan<char>>(),
            };
        }

        public bool Matches(ReadOnlySpan<char> token)
        {
            if (Prefix is not null) return token.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase);
            var stem = PossessiveStem(token);
            if (IsAcronym) return token.SequenceEqual(Word) || stem.SequenceEqual(Word);
            return _forms.Contains(token) || (!stem.IsEmpty && _forms.Contains(stem));
        }

        private static bool IsVowel(char c) => "aeiouAEIOU".Contains(c);
    }
}
