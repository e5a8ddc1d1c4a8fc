using Briefing.Core.Extraction.Actors;
using Briefing.Core.Extraction.Lexicons;
using Briefing.Core.Extraction.Text;

namespace Briefing.Core.Extraction.Attribution;

/// <summary>Attributions without a verb: headline colons ("Sanders: Clinton needs to …", "Obama on Climate Change:
/// …") and quotes signed with a dash at the end of their paragraph ("“…” ― Karen Bobadilla").</summary>
internal static class Headlines
{
    /// <summary>A paragraph at most this long can be a headline (also read by <see cref="HeadlineVerbs"/>).</summary>
    internal const int MaxHeadlineLength = 160;

    // Labels of the page itself, never of a speaker: credits, corrections, bylines, updates, notices.
    private static readonly Lexicons.WordSet PageLabels = Lexicon.Set("""
        contributing byline reporting editing credit credits correction corrections clarification update updated paid
        """);

    private static readonly Lexicons.WordSet LooseJoiners = Lexicon.Set("to at in for about with the a");

    /// <param name="loose">HeadlineColonLoose: "Roe to Voters: …", "Roe at the Summit: …", "Roe on Poe Dropping Out: …" —
    /// short lower-case prepositions and up to twelve words before the colon; the speaker is the first capitalised run.</param>
    /// <param name="creditsAreNoSpeech">CreditLineIsNoSpeech: "Contributing: Jane Roe.", "Correction: An earlier version …",
    /// "BYLINE: Jane Roe." — a label of the page (credit, correction, byline, update) before the colon is no speaker.</param>
    public static Draft? Colon(Document doc, Sentence s, int index, SpeakerResolver resolver, bool loose = false, bool creditsAreNoSpeech = false,
        bool verbBeforeColon = false)
    {
        if (creditsAreNoSpeech && Lexicon.Has(PageLabels, doc.Word(s.First)))
        {
            return null;
        }
        var para = doc.Paragraphs[s.Paragraph];
        if (para.Length > MaxHeadlineLength || s.Last - s.First < 4)
        {
            return null;
        }
        // Name (optionally "on Topic") then ":" within the first eight tokens.
        var colon = -1;
        for (var t = s.First; t < s.Last && t - s.First < (loose ? 12 : 8); t++)
        {
            if (doc.IsChar(t, ':'))
            {
                colon = t;
                break;
            }
            var tok = doc.Tokens[t];
            if (tok.Kind != TokenKind.Word || tok.InQuote || !(tok.Capitalized || doc.WordIs(t, "on") || doc.WordIs(t, "of")
                    || loose && t > s.First && Lexicon.Has(LooseJoiners, doc.Word(t))))
            {
                return null;
            }
        }
        if (colon <= s.First || colon + 1 >= s.Last || !doc.Tokens[s.First].Capitalized || Lexicon.IsCapitalisedNonName(doc.Word(s.First)))
        {
            return null;
        }
        var nameEnd = s.First;
        while (nameEnd < colon && doc.Tokens[nameEnd].Capitalized)
        {
            nameEnd++;
        }
        if (verbBeforeColon && s.Paragraph == 0 && HasHeadlineVerb(doc, s.First + 1, nameEnd))
        {
            return null;
        }
        var source = new SourcePhrase(s.First, nameEnd, s.First, nameEnd, false);
        var (actor, how) = resolver.Resolve(source, null);
        // "Poll: …", "Officials: …": a describing noun is a source without an actor.
        var described = nameEnd - s.First == 1 && Lexicon.IsSpeakerNoun(doc.Word(s.First));
        if (actor is null && !described || actor?.Kind == ActorKind.Place)
        {
            return null;
        }
        var d = new Draft
        {
            Cue = doc.Tokens[colon].Span(),
            Sentence = index,
            Source = doc.SpanOf(s.First, nameEnd),
            Speaker = actor,
            How = how,
        };
        d.Content.Add(doc.SpanOf(colon + 1, s.Last));
        return d;
    }

    /// <summary>HeadlineColonAfterVerb: "Roe Endorses Poe: I Am ‘Done’ With The Board" — in the article's headline, a cue
    /// word inside the capitalised run before the colon makes the run a clause (name, verb, object), not a name: the
    /// verb's own reading (HeadlineVerb, or the cue itself) takes the line, the colon makes no second statement.</summary>
    private static bool HasHeadlineVerb(Document doc, int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            if (HeadlineVerbs.IsHeadlineCue(doc.Word(t)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A quote followed by a dash and a name that ends the paragraph.</summary>
    public static Draft? DashSignature(Document doc, Sentence s, int index, SpeakerResolver resolver)
    {
        var last = s.Last;
        if (last < s.First + 3 || last < doc.Tokens.Count && doc.Tokens[last].Paragraph == s.Paragraph)
        {
            return null;
        }
        if (doc.IsChar(last - 1, '.'))
        {
            last--;
        }
        var start = last;
        while (start > s.First && doc.Tokens[start - 1].Kind == TokenKind.Word && doc.Tokens[start - 1].Capitalized && last - start < 5)
        {
            start--;
        }
        if (start == last || start - 2 < s.First || !IsDash(doc, start - 1) || doc.Tokens[start - 2].Kind != TokenKind.QuoteClose)
        {
            return null;
        }
        return Signed(doc, doc.Quotes[doc.Tokens[start - 2].Quote], start - 1, start, last, index, resolver);
    }

    /// <summary>"“…” ¶ – Jane Roe, Ohio." — a paragraph that is only a dash, a name and perhaps a short description signs
    /// the quote that fills the paragraph before it (readers' comments, quote boxes).</summary>
    public static Draft? SignatureParagraph(Document doc, Sentence s, int index, SpeakerResolver resolver)
    {
        var first = s.First;
        if (first == 0 || first + 1 >= s.Last || !IsDash(doc, first) || doc.Tokens[first - 1].Kind != TokenKind.QuoteClose
            || doc.Tokens[first - 1].Paragraph != doc.Tokens[first].Paragraph - 1
            || doc.Paragraphs[doc.Tokens[first].Paragraph].Start != doc.Tokens[first].Start
            || s.Last < doc.Tokens.Count && doc.Tokens[s.Last].Paragraph == s.Paragraph || s.Last - first > MaxSignatureTokens)
        {
            return null;
        }
        var start = first + 1;
        var end = start;
        while (end < s.Last && doc.Tokens[end].Kind == TokenKind.Word && doc.Tokens[end].Capitalized && end - start < 5)
        {
            end++;
        }
        var quote = doc.Quotes[doc.Tokens[first - 1].Quote];
        if (end == start || end < s.Last && !doc.IsChar(end, ',') && !doc.IsChar(end, '.') || quote.Start != doc.Paragraphs[quote.Paragraph].Start)
        {
            return null;
        }
        return Signed(doc, quote, first, start, end, index, resolver);
    }

    /// <summary>A quote signed by a name: the dash is the cue, the name tokens [<paramref name="start"/>,
    /// <paramref name="end"/>) the source.</summary>
    private static Draft Signed(Document doc, Quotes.QuoteSpan quote, int dash, int start, int end, int index, SpeakerResolver resolver)
    {
        var (actor, how) = resolver.Resolve(new SourcePhrase(start, end, start, end, false), null);
        var d = new Draft
        {
            Cue = doc.Tokens[dash].Span(),
            Sentence = index,
            Source = doc.SpanOf(start, end),
            Speaker = actor,
            How = how,
        };
        d.Content.Add(quote.Span);
        return d;
    }

    private const int MaxSignatureTokens = 12;

    private static bool IsDash(Document doc, int t) =>
        doc.Tokens[t].Kind == TokenKind.Punct && doc.Text[doc.Tokens[t].Start] is '\u2015' or '\u2014' or '\u2013' or '-';
}
