using Briefing.Core.Extraction.Lexicons;
using Briefing.Core.Extraction.Quotes;
using Briefing.Core.Extraction.Text;

namespace Briefing.Core.Extraction.Attribution;

/// <summary>Quotes with no cue of their own. A quote that stands as a sentence (or continues an unclosed quote from
/// the paragraph before) continues the previous speaker; a short quote inside a clause is the clause subject's, unless
/// it is a title or a scare quote (this file holds those tests of a quote's shape).</summary>
internal static partial class QuoteContinuations
{
    private const int MinEmbeddedWords = 6;
    private const int MaxParagraphGap = 2;

    /// <summary>Reads every quote no statement's content covers, in text order (<c>CueLessQuoteReading.Read</c> lists
    /// the readings in the order they are tried), and adds the statements they open to <paramref name="drafts"/>.</summary>
    public static void Attach(Document doc, bool[] skip, List<Draft> drafts, ExtractorSettings rules, CueLessQuoteReaders readers)
    {
        if (doc.Quotes.Count == 0)
        {
            return;
        }
        var covered = new bool[doc.Quotes.Count];
        // Only the quotes each content span can overlap (found by binary search): linear in drafts, not drafts × quotes.
        foreach (var d in drafts)
        {
            foreach (var c in d.Content)
            {
                for (var q = doc.FirstQuoteEndingAfter(c.Start); q < doc.Quotes.Count && doc.Quotes[q].Start < c.End; q++)
                {
                    covered[q] = true;
                }
            }
        }
        var reading = new CueLessQuoteReading(doc, drafts, rules, readers);
        for (var q = 0; q < doc.Quotes.Count; q++)
        {
            var quote = doc.Quotes[q];
            if (covered[q] || skip[quote.Paragraph] || IsWritersLabel(doc, quote, rules))
            {
                continue;
            }
            var continuesPrevious = q > 0 && !doc.Quotes[q - 1].Closed && doc.Quotes[q - 1].Paragraph == quote.Paragraph - 1;
            reading.Read(new CueLessQuote(quote, WordsIn(doc, quote), IsStandalone(doc, quote), continuesPrevious));
        }
        if (reading.Added.Count > 0)
        {
            drafts.AddRange(reading.Added);
            drafts.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
    }

    /// <summary>"“B,” was another.", "“…,” said one owner": the quote closes on a comma and words follow it in its
    /// paragraph, so an attribution of its own comes next.</summary>
    internal static bool OpenEndedWithTail(Document doc, QuoteSpan q)
    {
        var c = q.InnerEnd - 1;
        while (c > q.InnerStart && char.IsWhiteSpace(doc.Text[c]))
        {
            c--;
        }
        if (c <= q.InnerStart || doc.Text[c] != ',')
        {
            return false;
        }
        var k = q.End;
        while (k < doc.Text.Length && doc.Text[k] == ' ')
        {
            k++;
        }
        return k < doc.Text.Length && char.IsLetter(doc.Text[k]);
    }

    private static readonly Lexicons.WordSet Determiners = Lexicons.Lexicon.Set(
        "the a an his her their its our my your this that these those whose");

    /// <summary>"Title Case" quotes are names of shows, books, slogans on hats: not statements.</summary>
    internal static bool IsTitle(Document doc, QuoteSpan q, ExtractorSettings rules)
    {
        var words = 0;
        var capitals = 0;
        for (var i = q.InnerStart; i < q.InnerEnd;)
        {
            if (!char.IsLetterOrDigit(doc.Text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < q.InnerEnd && (char.IsLetterOrDigit(doc.Text[i]) || doc.Text[i] is '\'' or '\u2019' or '-'))
            {
                i++;
            }
            // Title case leaves short function words in lower case ("State of the Union").
            if (rules.Uses(ExtractionRule.TitleFunctionWords) && Lexicons.Lexicon.Has(TitleFunctionWords, doc.Text.AsSpan(start, i - start)))
            {
                continue;
            }
            words++;
            capitals += char.IsUpper(doc.Text[start]) || char.IsDigit(doc.Text[start]) ? 1 : 0;
        }
        return capitals * 2 > words;
    }

    /// <summary>"his memoir, “Rising Tide: How the Harbour Was Won,” …": a cue-less quote in title case names a book,
    /// show or slogan, which no one says. Annotators do mark a title that a document is given ("a memo titled “…”",
    /// "entitled, “…”", "known as “…”"), a quote after a colon, and a title-case question or exclamation (an advert's own words).</summary>
    private static bool IsNamedWork(Document doc, QuoteSpan q, ExtractorSettings rules)
    {
        if (!IsTitle(doc, q, rules) || AfterNamingWord(doc, q))
        {
            return false;
        }
        var last = doc.Text.AsSpan(q.InnerStart, q.InnerEnd - q.InnerStart).TrimEnd();
        if (last.Length > 0 && last[^1] is '?' or '!')
        {
            return false;
        }
        var b = q.Start;
        while (b > 0 && char.IsWhiteSpace(doc.Text[b - 1]))
        {
            b--;
        }
        return b == 0 || doc.Text[b - 1] != ':';
    }

    /// <summary>"titled “…”", "known as the “…”": the word before the quote, over one article, gives it as a name.</summary>
    private static bool AfterNamingWord(Document doc, QuoteSpan q)
    {
        var e = q.Start;
        for (var word = 0; word < 2; word++)
        {
            while (e > 0 && doc.Text[e - 1] is ' ' or ',')
            {
                e--;
            }
            var b = e;
            while (b > 0 && char.IsLetter(doc.Text[b - 1]))
            {
                b--;
            }
            var w = doc.Text.AsSpan(b, e - b);
            if (Lexicons.Lexicon.Has(NamingWords, w))
            {
                return true;
            }
            if (!w.Equals("the", StringComparison.OrdinalIgnoreCase) && !w.Equals("a", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
            e = b;
        }
        return false;
    }

    private static readonly Lexicons.WordSet NamingWords = Lexicons.Lexicon.Set(
        "titled entitled headlined as");

    private static readonly Lexicons.WordSet TitleFunctionWords = Lexicons.Lexicon.Set(
        "of the a an and or in on at to for with by from");

    /// <summary>"for “survey research” and “donor modeling”", "so-called “closed” primaries": a few quoted words
    /// after a preposition or conjunction name a thing rather than report speech.</summary>
    private static bool AfterNounPhraseWord(Document doc, QuoteSpan q) => PreviousWordIn(doc, q, NounPhraseWords);

    private static readonly Lexicons.WordSet NounPhraseWords = Lexicons.Lexicon.Set(
        "for with of by from and or so-called in on at into about than like");

    /// <summary>"the party's “establishment”", "nine “nonprobability” samples": a word or two in quotes after a
    /// possessive, or in front of the noun it modifies, names a term; it is not words put in anyone's mouth. A verb use
    /// ("would “close” the prison", "“profane” and “sexist”") goes on with a function word and stays speech.</summary>
    private static bool IsQuotedTerm(Document doc, QuoteSpan q)
    {
        var inner = doc.Text.AsSpan(q.InnerStart, q.InnerEnd - q.InnerStart).Trim();
        if (inner.Length == 0 || !char.IsLetterOrDigit(inner[^1]))
        {
            return false;
        }
        var b = q.Start;
        while (b > 0 && doc.Text[b - 1] == ' ')
        {
            b--;
        }
        if (b >= 2 && (doc.Text[b - 1] is 's' && doc.Text[b - 2] is '\'' or '\u2019' || doc.Text[b - 1] is '\'' or '\u2019' && doc.Text[b - 2] == 's'))
        {
            // "it’s “unfair”" is a verb, not a possessive.
            var w = b;
            while (w > 0 && (char.IsLetter(doc.Text[w - 1]) || doc.Text[w - 1] is '\'' or '\u2019'))
            {
                w--;
            }
            return !Lexicons.Lexicon.Has(ContractedIs, doc.Text.AsSpan(w, b - w).ToString().Replace('\u2019', '\''));
        }
        var k = q.End;
        if (k >= doc.Text.Length || doc.Text[k] != ' ')
        {
            return false;
        }
        while (k < doc.Text.Length && doc.Text[k] == ' ')
        {
            k++;
        }
        var e = k;
        while (e < doc.Text.Length && (char.IsLetter(doc.Text[e]) || doc.Text[e] == '-'))
        {
            e++;
        }
        return e > k && char.IsLower(doc.Text[k]) && !Lexicons.Lexicon.Has(FunctionWords, doc.Text.AsSpan(k, e - k));
    }

    private static readonly Lexicons.WordSet ContractedIs = Lexicons.Lexicon.Set(
        "it's that's he's she's what's there's here's who's let's where's how's");

    private static readonly Lexicons.WordSet FunctionWords = Lexicons.Lexicon.Set(
        "the a an this that these those his her their its our my your him them us me it he she they we you i who which whom whose "
        + "and or but nor so yet if as than then to of in on at for with by from into about over under after before up out off "
        + "is are was were be been being has have had do does did will would can could should may might must not no");

    /// <summary>"a “dry port”", "the “friend”": a quoted noun phrase, not words put in someone's mouth.</summary>
    private static bool AfterDeterminer(Document doc, QuoteSpan q) => PreviousWordIn(doc, q, Determiners);

    /// <summary>"pledged a “political revolution”", "called it a “disgrace”": a quoted phrase that is the object of a
    /// speech verb is the verb subject's words, determiner or not.</summary>
    private static bool ObjectOfCue(Document doc, QuoteSpan q)
    {
        var e = q.Start;
        for (var words = 0; words < 2; words++)
        {
            while (e > 0 && doc.Text[e - 1] == ' ')
            {
                e--;
            }
            var b = e;
            while (b > 0 && (char.IsLetter(doc.Text[b - 1]) || doc.Text[b - 1] == '-'))
            {
                b--;
            }
            if (b == e)
            {
                return false;
            }
            e = b;
        }
        var end = e;
        while (end < q.Start && char.IsLetter(doc.Text[end]))
        {
            end++;
        }
        var w = doc.Text.AsSpan(e, end - e);
        return e > 0 && !char.IsUpper(doc.Text[e]) && (Lexicons.Lexicon.CueOf(w) & Lexicons.CueFlags.Speech) != 0;
    }

    /// <summary>"the now-derided “establishment”", "a global “divergence”", "a detailed “policy address”": a word or two
    /// in quotes after a determiner and an adjective (hyphenated, or ending -ed, -al, -ic, -ive, -ous) heads a noun
    /// phrase: a term, not speech. A noun there ("the term “…”", "his signature “…”") names the words and stays speech.</summary>
    private static bool AfterDeterminerAndModifier(Document doc, QuoteSpan q)
    {
        var (b, e) = WordBefore(doc, q.Start);
        if (b == e || !char.IsLower(doc.Text[b]) || !IsAdjectiveShaped(doc.Text.AsSpan(b, e - b)))
        {
            return false;
        }
        var (db, de) = WordBefore(doc, b);
        return db < de && Lexicons.Lexicon.Has(Determiners, doc.Text.AsSpan(db, de - db));
    }

    private static bool IsAdjectiveShaped(ReadOnlySpan<char> w) =>
        w.Length > 3 && (w[1..^1].Contains('-') || w.EndsWith("ed") || w.EndsWith("al") || w.EndsWith("ic") || w.EndsWith("ive") || w.EndsWith("ous"));

    /// <summary>The word (letters and hyphens) ending right before <paramref name="position"/>, over spaces: [start, end).</summary>
    private static (int Start, int End) WordBefore(Document doc, int position)
    {
        var e = position;
        while (e > 0 && doc.Text[e - 1] == ' ')
        {
            e--;
        }
        var b = e;
        while (b > 0 && (char.IsLetter(doc.Text[b - 1]) || doc.Text[b - 1] == '-'))
        {
            b--;
        }
        return (b, e);
    }

    private static bool PreviousWordIn(Document doc, QuoteSpan q, WordSet words)
    {
        var (b, e) = WordBefore(doc, q.Start);
        return b < e && Lexicons.Lexicon.Has(words, doc.Text.AsSpan(b, e - b));
    }

    private static bool HasQuote(Document doc, Draft d)
    {
        foreach (var q in doc.Quotes)
        {
            if (d.Overlaps(q.Span))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsRelativePronoun(Document doc, TextSpan? source) =>
        source is { } s && s.End - s.Start <= 5 && doc.Text.AsSpan(s.Start, s.End - s.Start) is var w
        && (w.Equals("who", StringComparison.OrdinalIgnoreCase) || w.Equals("which", StringComparison.OrdinalIgnoreCase));

    private static Draft? Previous(List<Draft> drafts, List<Draft> added, int position)
    {
        Draft? best = null;
        foreach (var d in drafts)
        {
            if (d.Start < position && (best is null || d.Start > best.Start) && d.Source is not null)
            {
                best = d;
            }
        }
        foreach (var d in added)
        {
            if (d.Start < position && (best is null || d.Start > best.Start))
            {
                best = d;
            }
        }
        return best;
    }

    private static int WordsIn(Document doc, Quotes.QuoteSpan q)
    {
        var n = 0;
        var inside = false;
        for (var i = q.InnerStart; i < q.InnerEnd; i++)
        {
            var letter = char.IsLetterOrDigit(doc.Text[i]);
            if (letter && !inside)
            {
                n++;
            }
            inside = letter || doc.Text[i] is '\'' or '\u2019' or '-';
        }
        return n;
    }

    /// <summary>The quote is the whole paragraph it sits in.</summary>
    private static bool IsWholeParagraph(Document doc, QuoteSpan q)
    {
        var p = doc.Paragraphs[q.Paragraph];
        return q.Start == p.Start && p.End - q.End <= 1;
    }

    private static bool OpensSentence(Document doc, QuoteSpan q) => q.Start - doc.Sentences[SentenceOf(doc, q.Start)].Span.Start <= 3;

    /// <summary>A quote the page uses as a label: a section heading (CrossheadIsNoSpeech) or a cited headline
    /// (BylineTitleIsNoSpeech).</summary>
    private static bool IsWritersLabel(Document doc, QuoteSpan quote, ExtractorSettings rules) =>
        rules.Uses(ExtractionRule.CrossheadIsNoSpeech) && IsCrosshead(doc, doc.Paragraphs[quote.Paragraph])
        || rules.Uses(ExtractionRule.BylineTitleIsNoSpeech) && IsBylinedTitle(doc, quote);

    /// <summary>BylineTitleIsNoSpeech: "“Pop-up show opens in the Bronx,” by the Courier's Jane Roe: …" — a quote closed
    /// on a comma and followed by "by" and a capitalised word cites a piece of writing by its headline and author.</summary>
    private static bool IsBylinedTitle(Document doc, QuoteSpan q)
    {
        var text = doc.Text;
        var last = q.InnerEnd - 1;
        if (!q.Closed || last < q.InnerStart || text[last] != ',')
        {
            return false;
        }
        var i = q.End;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }
        return i + 3 < text.Length && text[i] == 'b' && text[i + 1] == 'y' && text[i + 2] == ' ' && char.IsUpper(text[i + 3]);
    }

    /// <summary>CrossheadIsNoSpeech: "– ‘Who cares?’ –." — a paragraph framed by a dash on each side is a section
    /// heading the page set between paragraphs: a quote in it is the writer's label, nobody's statement.</summary>
    private static bool IsCrosshead(Document doc, TextSpan paragraph)
    {
        var p = doc.Text.AsSpan(paragraph.Start, paragraph.End - paragraph.Start).Trim();
        if (p.Length > 0 && p[^1] == '.')
        {
            p = p[..^1];
        }
        return p.Length >= 5 && IsDash(p[0]) && p[1] == ' ' && IsDash(p[^1]) && p[^2] == ' ';
    }

    private static bool IsDash(char c) => c is '-' or '\u2013' or '\u2014';

    /// <summary>The quote is (nearly) the whole sentence it sits in.</summary>
    private static bool IsStandalone(Document doc, Quotes.QuoteSpan q)
    {
        var s = doc.Sentences[SentenceOf(doc, q.Start)].Span;
        return q.Start - s.Start <= 3 && s.End - q.End <= 3;
    }

    private static int SentenceOf(Document doc, int position)
    {
        var lo = 0;
        var hi = doc.Sentences.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (doc.Sentences[mid].Span.Start <= position)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
