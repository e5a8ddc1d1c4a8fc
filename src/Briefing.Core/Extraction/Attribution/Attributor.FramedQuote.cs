using Briefing.Core.Extraction.Lexicons;
using Briefing.Core.Extraction.Text;

namespace Briefing.Core.Extraction.Attribution;

/// <summary>Cue-less quotes that the scare-quote filters (short, title case, after "of") would drop, in a frame that
/// still gives them as someone's words: a crowd's chant ("chants of “Dump the levy!”") and a quote that a colon
/// introduces and that ends its sentence ("The rally had one message: “Dump Poe.”"). On train, every such quote no
/// statement took is a gold direct attribution.</summary>
internal sealed partial class Attributor
{
    /// <summary>Nouns for what a crowd shouts, before "of" and the quote.</summary>
    private static readonly WordSet ChantNouns = Lexicon.Set("chant chants cries cry shouts calls chorus");

    /// <summary>Verb forms of chanting right before the quote ("chanting “…”", "the caustic chant “…”").</summary>
    private static readonly WordSet ChantVerbs = Lexicon.Set("chant chanted chanting");

    private const int MaxChantModifiers = 3;

    /// <summary>A short or otherwise dropped cue-less quote in a chant or colon frame, as a statement (or null).</summary>
    private Draft? FramedQuote(Quotes.QuoteSpan quote)
    {
        var open = FirstTokenAtChar(quote.Start);
        if (open < 2)
        {
            return null;
        }
        return ChantQuote(quote, open) ?? ColonQuote(quote, open);
    }

    /// <summary>Participles that name a thing after a form of "be" ("is called", "was officially named").</summary>
    private static readonly WordSet PassiveNamingVerbs = Lexicon.Set("""
        called dubbed named titled entitled labeled labelled branded nicknamed termed considered
        """);

    /// <summary>"known as", "described as", "referred to as", "considered as": the participles read before "as".</summary>
    private static readonly WordSet NamingVerbsBeforeAs = Lexicon.Set("known described referred considered regarded");

    /// <summary>Forms of "be" before a passive name; not "being" ("spoke about being called a “…”" is the subject's
    /// complaint, and annotators give it to the subject).</summary>
    private static readonly WordSet NamingBe = Lexicon.Set("is are was were be been");

    /// <summary>PassiveNamingQuote: "The new fund will informally be dubbed the “Harbour Fund”", "Crows are considered the
    /// “detectives of the sky.”", "the show was officially named “Dock Talk,”" — a quote after a passive naming verb (a
    /// form of "be", at most one adverb, the participle, "as" or an article) gives the name the thing goes by: annotators
    /// mark it as a statement with no source (train: 16 of the 17 such quotes are gold rows, none with a source), so it is
    /// kept whatever its length or case, and nobody speaks.</summary>
    private Draft? PassiveNamedQuote(Quotes.QuoteSpan quote)
    {
        if (!_rules.Uses(ExtractionRule.PassiveNamingQuote))
        {
            return null;
        }
        var open = FirstTokenAtChar(quote.Start);
        var t = open - 1;
        if (t >= 0 && Lexicon.Has(Lexicon.Articles, _doc.Word(t)))
        {
            t--;
        }
        var needsAs = false;
        if (t >= 0 && _doc.WordIs(t, "as"))
        {
            needsAs = true;
            t--;
            if (t >= 1 && _doc.WordIs(t, "to") && _doc.WordIs(t - 1, "referred"))
            {
                t--;
            }
        }
        if (t < 1 || _doc.Tokens[t].InQuote || _doc.Tokens[t].Kind != TokenKind.Word
            || !Lexicon.Has(needsAs ? NamingVerbsBeforeAs : PassiveNamingVerbs, _doc.Word(t)))
        {
            return null;
        }
        var participle = t;
        var be = participle - 1;
        if (be > 0 && !Lexicon.Has(NamingBe, _doc.Word(be)) && _doc.Tokens[be].Kind == TokenKind.Word && IsAdverb(_doc.Word(be)))
        {
            be--;
        }
        if (be < 0 || !Lexicon.Has(NamingBe, _doc.Word(be)) || _sentenceOfToken[be] != _sentenceOfToken[open])
        {
            return null;
        }
        return SourcedOrBare(quote, _sentenceOfToken[open], _doc.SpanOf(be, participle + 1), null);
    }

    private static readonly WordSet PassiveAdverbs = Lexicon.Set("also now often sometimes otherwise still widely long already once");

    private static bool IsAdverb(ReadOnlySpan<char> w) =>
        Lexicon.Has(PassiveAdverbs, w) || w.Length > 4 && w.EndsWith("ly", StringComparison.OrdinalIgnoreCase);

    /// <summary>ChantFrameQuote: "But their chants of “Ted! Ted!” were cut short", "joined in a thunderous chant of “Feel
    /// the Bern!”", "holding signs and chanting “Dump Poe.”" — the chanters speak: a possessive before the chant noun,
    /// else the clause subject; none after "to" ("walked in to chants of “…”") or a passive ("was met with chants of").</summary>
    private Draft? ChantQuote(Quotes.QuoteSpan quote, int open)
    {
        if (!_rules.Uses(ExtractionRule.ChantFrameQuote))
        {
            return null;
        }
        var w = _doc.IsChar(open - 1, ',') ? open - 2 : open - 1;
        if (w < 1 || _doc.Tokens[w].InQuote || _doc.Tokens[w].Kind != TokenKind.Word)
        {
            return null;
        }
        var sentence = _sentenceOfToken[open];
        if (Lexicon.Has(ChantVerbs, _doc.Word(w)))
        {
            return SourcedOrBare(quote, sentence, _doc.SpanOf(w, w + 1), EmbeddedQuote(quote) ?? LeadSubjectQuote(quote, sentence, w));
        }
        var noun = w - 1;
        if (!_doc.WordIs(w, "of") || !Lexicon.Has(ChantNouns, _doc.Word(noun)) || _sentenceOfToken[noun] != sentence)
        {
            return null;
        }
        var cue = _doc.SpanOf(noun, w + 1);
        // "their chants of", "our loud chants of": the possessive, over a few modifiers, is the chanters.
        var k = noun - 1;
        while (k > noun - 1 - MaxChantModifiers && k >= 0 && _sentenceOfToken[k] == sentence && _doc.Tokens[k].Kind == TokenKind.Word
               && !_doc.Tokens[k].InQuote && !Lexicon.Has(PossessivePronouns, _doc.Word(k)) && !Lexicon.Has(NotSourceWords, _doc.Word(k)))
        {
            k--;
        }
        if (k >= 0 && _sentenceOfToken[k] == sentence && Lexicon.Has(PossessivePronouns, _doc.Word(k)))
        {
            return SourcedOrBare(quote, sentence, cue, QuoteDraft(sentence, new SourcePhrase(k, k + 1, k, k + 1, false), quote, DraftBefore(quote.Start)));
        }
        // "walking in to chants of", "was met with chants of": whoever chanted is not in the clause.
        var receivedChant = k >= 0 && _doc.WordIs(k, "to")
            || k >= 2 && (_doc.WordIs(k, "with") || _doc.WordIs(k, "by")) && Lexicon.Has(BeHave, _doc.Word(k - 2));
        return SourcedOrBare(quote, sentence, cue, receivedChant ? null : EmbeddedQuote(quote) ?? LeadSubjectQuote(quote, sentence, noun));
    }

    /// <summary>ShortColonQuote: "An interfaith rally had one message: “Dump Poe.”", "two words that Roe could not bring
    /// himself to utter: “Jane Poe.”" — a quote right after a colon that ends its sentence is what the lead-in's subject
    /// says (ColonIntroduced), whatever its length or case; with no subject to read, it is still a statement.</summary>
    private Draft? ColonQuote(Quotes.QuoteSpan quote, int open)
    {
        var colon = open - 1;
        if (!_rules.Uses(ExtractionRule.ShortColonQuote) || !_doc.IsChar(colon, ':') || _doc.Tokens[colon].InQuote
            || _doc.Tokens[colon].Paragraph != quote.Paragraph)
        {
            return null;
        }
        var s = _sentenceOfToken[colon];
        var close = open;
        while (close + 1 < _doc.Tokens.Count && _doc.Tokens[close].End < quote.End)
        {
            close++;
        }
        var closing = _sentenceOfToken[close];
        if (colon == _doc.Sentences[s].First || _doc.Sentences[closing].Span.End - quote.End > 3)
        {
            return null;
        }
        return ColonIntroducedQuote(quote) ?? SourcedOrBare(quote, s, null, LeadSubjectQuote(quote, s, colon) ?? ShortLeadQuote(quote, s, colon));
    }

    private const int MaxShortLeadWords = 4;

    private const int MaxLeadSubjectTokens = 15;

    private Draft? LeadSubjectQuote(Quotes.QuoteSpan quote, int s, int before) =>
        LeadSubject(_doc.Sentences[s], before) is { } subject ? QuoteDraft(s, subject, quote, DraftBefore(quote.Start)) : null;

    /// <summary>"A rally of dock workers and their families had one message:", "About 200 protesters gathered, chanting"
    /// — no actor or pronoun opens the clause, but a phrase before its first verb does (after a dateline or an opening
    /// phrase closed by a comma): that phrase is the subject. "There is …" has none.</summary>
    private SourcePhrase? LeadSubject(Sentence sentence, int before)
    {
        var first = AfterDateline(sentence);
        for (var t = first; t < before && t - first <= MaxLeadSubjectTokens; t++)
        {
            var tok = _doc.Tokens[t];
            if (tok.InQuote || tok.Kind is TokenKind.QuoteOpen or TokenKind.QuoteClose)
            {
                return null;
            }
            if (_doc.IsChar(t, ','))
            {
                first = t + 1;
                continue;
            }
            if (t > first && tok.Kind == TokenKind.Word && IsVerbGroupStart(t))
            {
                return Lexicon.Has(NotSourceWords, _doc.Word(first)) || _doc.WordIs(first, "there") || _doc.WordIs(first, "here")
                    ? null
                    : new SourcePhrase(first, t, first, t, false);
            }
        }
        return null;
    }

    /// <summary>"Voters' verdict: “Not yet.”" — a lead of a few words with no verb, a headline label, names who speaks.</summary>
    private Draft? ShortLeadQuote(Quotes.QuoteSpan quote, int s, int colon)
    {
        var first = _doc.Sentences[s].First;
        if (colon - first > MaxShortLeadWords)
        {
            return null;
        }
        for (var t = first; t < colon; t++)
        {
            var apostrophe = _doc.IsChar(t, '\'') || _doc.IsChar(t, '\u2019');
            if (!apostrophe && _doc.Tokens[t].Kind != TokenKind.Word || _doc.Tokens[t].InQuote || !apostrophe && IsVerbGroupStart(t))
            {
                return null;
            }
        }
        return QuoteDraft(s, new SourcePhrase(first, colon, first, colon, false), quote, DraftBefore(quote.Start));
    }

    /// <summary>The statement with its cue; with no draft from a source rule, one with no source.</summary>
    private static Draft SourcedOrBare(Quotes.QuoteSpan quote, int sentence, TextSpan? cue, Draft? sourced)
    {
        var d = new Draft
        {
            Cue = cue,
            Sentence = sourced?.Sentence ?? sentence,
            Source = sourced?.Source,
            Speaker = sourced?.Speaker,
            How = sourced?.How ?? SpeakerResolution.Unresolved,
        };
        d.Content.Add(quote.Span);
        return d;
    }
}
