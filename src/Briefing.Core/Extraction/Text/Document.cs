using Briefing.Core.Extraction.Lexicons;
using Briefing.Core.Extraction.Quotes;

namespace Briefing.Core.Extraction.Text;

/// <summary>A sentence as a token range [First, Last) plus its character span.</summary>
internal readonly record struct Sentence(int First, int Last, TextSpan Span, int Paragraph);

/// <summary>The text split once into paragraphs, quotes, tokens and sentences; every later stage reads this.</summary>
internal sealed class Document
{
    public string Text { get; }
    public List<TextSpan> Paragraphs { get; } = [];
    public List<QuoteSpan> Quotes { get; } = [];
    public List<Token> Tokens { get; } = [];
    public List<Sentence> Sentences { get; } = [];

    private readonly ExtractorSettings _rules;

    public Document(string text, ExtractorSettings? rules = null)
    {
        _rules = rules ?? ExtractorSettings.Default;
        Text = text;
        SplitParagraphs();
        QuoteScanner.Scan(text, Paragraphs, Quotes, _rules.Uses(ExtractionRule.ParagraphOpeningCloser),
            _rules.Uses(ExtractionRule.MarkupTagQuotes) ? MarkupTags.Find(text) : null);
        Tokenizer.Tokenize(text, Paragraphs, Quotes, Tokens);
        SplitSentences();
    }

    public ReadOnlySpan<char> Word(int token) => Tokens[token].Of(Text);

    public bool WordIs(int token, string word) =>
        token >= 0 && token < Tokens.Count && Tokens[token].Of(Text).Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsChar(int token, char c) => token >= 0 && token < Tokens.Count && Tokens[token].Is(Text, c);

    /// <summary>The characters of tokens [<paramref name="first"/>, <paramref name="end"/>): from the first token's start
    /// to the end of the token before <paramref name="end"/>.</summary>
    public TextSpan SpanOf(int first, int end) => new(Tokens[first].Start, Tokens[end - 1].End);

    private void SplitParagraphs()
    {
        var start = 0;
        for (var i = 0; i <= Text.Length; i++)
        {
            if (i == Text.Length || Text[i] == '\n')
            {
                var s = start;
                var e = i;
                while (s < e && char.IsWhiteSpace(Text[s]))
                {
                    s++;
                }
                while (e > s && char.IsWhiteSpace(Text[e - 1]))
                {
                    e--;
                }
                if (e > s)
                {
                    Paragraphs.Add(new TextSpan(s, e));
                }
                start = i + 1;
            }
        }
    }

    /// <summary>Index of the first quote that ends after <paramref name="position"/> (Quotes.Count when none). Quotes are
    /// in text order and never overlap (nested ones stay inside their outer quote), so their ends are sorted too:
    /// a binary search instead of a scan from the first quote for every statement.</summary>
    public int FirstQuoteEndingAfter(int position)
    {
        int lo = 0, hi = Quotes.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Quotes[mid].End > position)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /// <summary>No real sentence is this long; text that would make one (no punctuation, or a runaway quote) is cut
    /// here, because attribution looks across a whole sentence per cue: quadratic in sentence length.</summary>
    internal const int MaxSentenceTokens = 150;

    // Sentences never break inside a quotation, so a quote and its cue stay together (up to MaxSentenceTokens).
    private void SplitSentences()
    {
        var first = 0;
        for (var t = 0; t < Tokens.Count; t++)
        {
            var tok = Tokens[t];
            var last = t + 1 == Tokens.Count;
            var boundary = last || Tokens[t + 1].Paragraph != tok.Paragraph || t + 1 - first >= MaxSentenceTokens;
            if (!boundary && IsTerminal(t) && StartsSentence(t + 1) && !IsTrailingAttribution(t))
            {
                boundary = true;
            }
            if (boundary)
            {
                Sentences.Add(new Sentence(first, t + 1, new TextSpan(Tokens[first].Start, tok.End), tok.Paragraph));
                first = t + 1;
            }
        }
    }

    /// <summary>"“… missing.” Roe said." — writers often close the quote with a full stop and still add the
    /// attribution; a short clause with a speech cue and nothing to report belongs to the quote before it.</summary>
    private const int MaxTrailingCueOffset = 6;
    private const int MaxTrailingClause = 40;

    private bool IsTrailingAttribution(int t)
    {
        if (Tokens[t].Kind != TokenKind.QuoteClose)
        {
            return false;
        }
        // "“… unfit to be president.” When Roe was revealed as a delegate, …": a subordinator opens a new sentence; an
        // attribution after a quote opens with its source or verb.
        if (t + 1 < Tokens.Count && Tokens[t + 1].Kind == TokenKind.Word && Tokens[t + 1].Capitalized && Lexicon.Has(SubordinateOpeners, Word(t + 1)))
        {
            return false;
        }
        var cue = -1;
        // After a question or exclamation the attribution may run long ("“…?” Roe told a station in an interview aired
        // on Monday when asked …"): a cue close behind the quote keeps its clause. After a full stop a long clause is a
        // new statement ("“….” He says not enacting …").
        var asked = t > 0 && Tokens[t - 1].Kind == TokenKind.Punct && Text[Tokens[t - 1].Start] is '?' or '!';
        // Tokens of an appositive between the source and the cue ("Roe, a retired clerk, said") do not count as distance.
        var aside = 0;
        for (var k = t + 1; k < Tokens.Count && (k - t - aside <= 10
                 || asked && cue >= 0 && cue - t - aside <= MaxTrailingCueOffset && k - t - aside <= MaxTrailingClause); k++)
        {
            var tok = Tokens[k];
            if (tok.Paragraph != Tokens[t].Paragraph || tok.InQuote)
            {
                return false;
            }
            if (tok.Kind == TokenKind.Punct && Text[tok.Start] == ',' && cue < 0 && k > t + 1
                && _rules.Uses(ExtractionRule.AppositiveBeforeTrailingCue) && AppositiveBeforeCue(k) is var close and > 0)
            {
                aside += close - k;
                k = close;
                continue;
            }
            if (tok.Kind == TokenKind.Punct && Text[tok.Start] is '.' or '!' or '?' or ',' or ';')
            {
                // "“…” Roe says, “…”" introduces the next quote rather than closing the one before.
                if (Text[tok.Start] == ',' && k + 1 < Tokens.Count && Tokens[k + 1].Kind == TokenKind.QuoteOpen)
                {
                    return false;
                }
                if (Text[tok.Start] == ',' && cue == k - 1 && _rules.Uses(ExtractionRule.AsideBeforeThatOpensSentence) && AsideThenThat(k))
                {
                    return false;
                }
                return cue > t + 1;
            }
            if (tok.Kind != TokenKind.Word)
            {
                continue;
            }
            var w = Word(k);
            if (cue < 0 && (Lexicon.CueOf(w) & CueFlags.Speech) != 0 && !tok.Capitalized)
            {
                cue = k;
            }
            else if (w.Equals("that", StringComparison.OrdinalIgnoreCase) || cue >= 0 && Lexicon.IsSubjectPronoun(w, out _) && !PronounOfLaterClause(asked, cue, k) && !InTimeClause(k))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>AppositiveBeforeTrailingCue: "“Is it too high?” Lucy Moe, a retired clerk, said quietly." — after the
    /// source, a short appositive between commas that a lower-case speech cue follows: returns the closing comma, or 0
    /// when the comma opens no such appositive.</summary>
    private int AppositiveBeforeCue(int comma)
    {
        var close = ShortAsideEnd(comma, maxTokens: 8);
        return close > 0 && close + 1 < Tokens.Count && Tokens[close + 1].Kind == TokenKind.Word && !Tokens[close + 1].Capitalized
            && (Lexicon.CueOf(Word(close + 1)) & CueFlags.Speech) != 0 ? close : 0;
    }

    /// <summary>AsideBeforeThatOpensSentence: "“…” He said, twice, that he would return." — a cue, a short aside
    /// between commas and then "that" report the clause ahead: a sentence of its own, not an attribution of the quote
    /// before.</summary>
    private bool AsideThenThat(int comma) => ShortAsideEnd(comma, maxTokens: 6) is var close and > 0 && WordIs(close + 1, "that");

    /// <summary>The comma that closes a short aside opened by <paramref name="comma"/> (", a retired clerk,", ", twice,"):
    /// at least one token and at most <paramref name="maxTokens"/> tokens on, in the same paragraph, with no quote and no
    /// other punctuation between; 0 when there is none.</summary>
    private int ShortAsideEnd(int comma, int maxTokens)
    {
        for (var k = comma + 1; k < Tokens.Count && k - comma <= maxTokens; k++)
        {
            var tok = Tokens[k];
            if (tok.InQuote || tok.Paragraph != Tokens[comma].Paragraph)
            {
                return 0;
            }
            if (tok.Kind == TokenKind.Punct)
            {
                return k > comma + 1 && Text[tok.Start] == ',' ? k : 0;
            }
        }
        return 0;
    }

    /// <summary>AskedQuoteKeepsLongAttribution: "“…?” Roe told reporters after he won." — after a question or an
    /// exclamation, a pronoun that does not follow the cue at once opens a later clause of the attribution, not a
    /// reported clause of a new statement ("“…?” Roe said he asked" still breaks).</summary>
    private bool PronounOfLaterClause(bool asked, int cue, int pronoun) =>
        asked && pronoun > cue + 1 && _rules.Uses(ExtractionRule.AskedQuoteKeepsLongAttribution);

    /// <summary>TimeClauseAfterCue: "“… Roe!” Senator Jim Poe said as he opened the vote." — a pronoun right after "as",
    /// "when", "while", … is the subject of a time clause of the attribution, not of a new statement.</summary>
    private bool InTimeClause(int pronoun) =>
        _rules.Uses(ExtractionRule.TimeClauseAfterCue) && pronoun > 0 && Tokens[pronoun - 1].Kind == TokenKind.Word && Lexicon.Has(TimeClauseOpeners, Word(pronoun - 1));

    private static readonly Lexicons.WordSet TimeClauseOpeners = Lexicon.Set("as when while after before once");

    private static readonly Lexicons.WordSet SubordinateOpeners = Lexicon.Set(
        "when while if after before although though because since once unless until whereas");

    private bool IsTerminal(int t)
    {
        var tok = Tokens[t];
        if (tok.Kind == TokenKind.Punct && !tok.InQuote)
        {
            var c = Text[tok.Start];
            return c is '.' or '?' or '!' || (c == '\u2026');
        }
        if (tok.Kind == TokenKind.QuoteClose && t > 0 && Tokens[t - 1].Kind == TokenKind.Punct)
        {
            var c = Text[Tokens[t - 1].Start];
            return c is '.' or '?' or '!';
        }
        // "U.S." or "Jr." at the end of a sentence swallowed the full stop — but only before a word that opens
        // sentences: "U.S. Attorney Jane Roe wrote", "George H.W. Roe" and "the U.S. Senate" go on.
        if (tok.Kind == TokenKind.Word && !tok.InQuote && Text[tok.End - 1] == '.' && tok.Length > 3 && Text[tok.End - 3] == '.')
        {
            return t + 1 < Tokens.Count && (Tokens[t + 1].Kind != TokenKind.Word || Lexicon.Has(SentenceOpeners, Word(t + 1)));
        }
        return false;
    }

    /// <summary>Function words that open a sentence after an abbreviation's full stop ("… in the U.S. The plan …").</summary>
    private static readonly Lexicons.WordSet SentenceOpeners = Lexicon.Set("""
        a an the this that these those he she it they we i you his her its their our my there here but and or so yet nor
        in on at for with by from as if when while after before because since although though despite under inside now
        then still what who how why where which others most many some all both each no not
        """);

    private bool StartsSentence(int t)
    {
        var tok = Tokens[t];
        if (tok.Kind == TokenKind.QuoteOpen || tok.Kind == TokenKind.Number)
        {
            return true;
        }
        if (tok.Kind == TokenKind.Word)
        {
            return tok.Capitalized;
        }
        return Text[tok.Start] is '(' or '[' or '\u2014';
    }
}
