using Briefing.Core.Extraction.Actors;
using Briefing.Core.Extraction.Lexicons;
using Briefing.Core.Extraction.Text;

namespace Briefing.Core.Extraction.Attribution;

/// <summary>HeadlineVerb: headlines drop articles and use base or -s forms in any case ("Harbour pilots blast Roe",
/// "Roe, touring the docks, Trashes Poe"). In the first paragraph of an article, when it is headline-short, a run of
/// names or nouns followed by a cue word makes an attribution: the run is the source, what follows the content.</summary>
internal static class HeadlineVerbs
{
    // Headline verbs of attack and support that are no general cue words ("swipes at", "trashes").
    private static readonly Lexicons.WordSet Verbs = Lexicon.Set("""
        blast trash trashes swipe swipes target targets knock knocks hit hits mock slam rip back praise defend urge
        warn vow pledge endorse oppose reject deny question call demand accuse attack tout hail dismiss want
        """);

    // "fires up", "pushed ahead", "hits home": phrasal verbs, no statement.
    private static readonly Lexicons.WordSet Particles = Lexicon.Set("up ahead home down off");

    // Headlines that open with these are questions or teasers, not "Name verb …".
    private static readonly Lexicons.WordSet NotSubjects = Lexicon.Set("why how what who when where look watch see here this the a an");

    /// <summary>The article's headline. With <paramref name="progressive"/> (HeadlineProgressive) it also takes the forms a
    /// title-case line takes: "Roe Is Now Calling Poe The ‘Worst Mayor’", the adverb and auxiliary no part of the source;
    /// with <paramref name="adverbVerb"/> (HeadlineAdverbVerb) a capitalised word after a headline adverb is a verb too.</summary>
    public static Draft? Find(Document doc, Sentence s, int index, SpeakerResolver resolver, bool progressive, bool adverbVerb) =>
        s.Paragraph != 0 || doc.Paragraphs[0].Length > Headlines.MaxHeadlineLength ? null
            : Find(doc, s, index, resolver, titleCaseLine: false, progressive, adverbVerb);

    /// <summary>TitleCaseLineVerb: a title-case line later in the article (a list item's or a related story's headline,
    /// "Jane Roe Explained Why She Felt “Unheard”") reads like the article's headline, in past and progressive forms
    /// too ("Roe Is Now Calling Poe The ‘Worst Mayor’"), when the words after the cue quote someone.</summary>
    public static Draft? FindInTitleCaseLine(Document doc, Sentence s, int index, SpeakerResolver resolver, bool adverbVerb) =>
        s.Paragraph == 0 ? null : Find(doc, s, index, resolver, titleCaseLine: true, progressive: true, adverbVerb);

    private static Draft? Find(Document doc, Sentence s, int index, SpeakerResolver resolver, bool titleCaseLine, bool progressive, bool adverbVerb)
    {
        if (s.Last - s.First < 3 || !doc.Tokens[s.First].Capitalized || Lexicon.Has(NotSubjects, doc.Word(s.First)))
        {
            return null;
        }
        for (var t = s.First + 1; t < s.Last - 1 && t - s.First <= 8; t++)
        {
            var tok = doc.Tokens[t];
            if (tok.InQuote || tok.Kind is not (TokenKind.Word or TokenKind.Punct))
            {
                return null;
            }
            var w = doc.Word(t);
            if (tok.Kind == TokenKind.Word && (IsHeadlineCue(w) || progressive && IsProgressiveCue(doc, t, s.First))
                && doc.Tokens[t + 1].Kind is TokenKind.Word or TokenKind.QuoteOpen && !Lexicon.Has(Particles, doc.Word(t + 1)))
            {
                return titleCaseLine && !QuoteAfter(doc, t, s.Last) ? null : Build(doc, s, index, resolver, t, progressive);
            }
            // HeadlineAdverbVerb: "Roe Just Snubbed The ‘Harbour Plan’" — a capitalised word right after a headline adverb
            // that follows the subject is its verb, whatever the verb, when a quote follows it.
            if (adverbVerb && tok.Kind == TokenKind.Word && tok.Capitalized && t - 1 > s.First && Lexicon.Has(HeadlineAdverbs, doc.Word(t - 1))
                && doc.Tokens[t + 1].Kind is TokenKind.Word or TokenKind.QuoteOpen && !Lexicon.Has(Particles, doc.Word(t + 1))
                && !Lexicon.Has(BeForms, w) && LooksLikeVerb(w, doc.Word(t - 1)) && QuoteAfter(doc, t, s.Last))
            {
                return Build(doc, s, index, resolver, t, trimVerbWords: true);
            }
            // Lower-case words in the subject are nouns ("Harbour pilots"), not verbs or determiners.
            if (tok.Kind == TokenKind.Word && !tok.Capitalized && !Lexicon.IsSpeakerNoun(w) && !Lexicon.LooksPlural(w) && !doc.WordIs(t, "and"))
            {
                return null;
            }
            // The subject: names, nouns, an appositive between commas; no other verb before the cue.
            if (tok.Kind == TokenKind.Punct && !doc.IsChar(t, ','))
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>"Shared", "Takes", "Calling", or any word after "Just" ("Just Made"): a verb form, not a preposition or
    /// adjective ("Still Under …").</summary>
    private static bool LooksLikeVerb(ReadOnlySpan<char> w, ReadOnlySpan<char> adverb) =>
        adverb.Equals("just", StringComparison.OrdinalIgnoreCase)
        || w.Length > 3 && (w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || w.EndsWith("ing", StringComparison.OrdinalIgnoreCase)
            || w.EndsWith("s", StringComparison.OrdinalIgnoreCase) && !w.EndsWith("ss", StringComparison.OrdinalIgnoreCase));

    internal static bool IsHeadlineCue(ReadOnlySpan<char> w) =>
        Lexicon.CueOf(w) is var f && f != CueFlags.None && (f & CueFlags.Participle) == 0 || Lexicon.Has(Verbs, w);

    private static readonly Lexicons.WordSet BeForms = Lexicon.Set("is are was were");

    // Adverbs a headline puts between its subject and verb ("Roe Just Announced", "Roe Is Now Calling").
    private static readonly Lexicons.WordSet HeadlineAdverbs = Lexicon.Set("just now still also already again finally");

    /// <summary>"Is (Now) Calling": a speech participle after a form of "be" (and an adverb) is the headline's verb.</summary>
    private static bool IsProgressiveCue(Document doc, int t, int first)
    {
        if ((Lexicon.CueOf(doc.Word(t)) & CueFlags.Participle) == 0 || !doc.Word(t).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var before = t - 1;
        if (before > first && Lexicon.Has(HeadlineAdverbs, doc.Word(before)))
        {
            before--;
        }
        return before > first && Lexicon.Has(BeForms, doc.Word(before));
    }

    private static bool QuoteAfter(Document doc, int cue, int last)
    {
        for (var t = cue + 1; t < last; t++)
        {
            if (doc.Tokens[t].Kind == TokenKind.QuoteOpen)
            {
                return true;
            }
        }
        return false;
    }

    private static Draft? Build(Document doc, Sentence s, int index, SpeakerResolver resolver, int cue, bool trimVerbWords = false)
    {
        // Only the name run before the first comma speaks ("Roe, touring the docks, trashes Poe").
        var nameEnd = s.First;
        while (nameEnd < cue && doc.Tokens[nameEnd].Kind == TokenKind.Word)
        {
            nameEnd++;
        }
        // "Roe Is Now Calling", "Roe Just Announced": the adverb and auxiliary are no part of the name.
        while (trimVerbWords && nameEnd - 1 > s.First && (Lexicon.Has(HeadlineAdverbs, doc.Word(nameEnd - 1)) || Lexicon.Has(BeForms, doc.Word(nameEnd - 1))))
        {
            nameEnd--;
        }
        var end = s.Last - 1;
        while (end > cue && ContentFinder.IsTrailing(doc, end))
        {
            end--;
        }
        if (end <= cue)
        {
            return null;
        }
        var source = new SourcePhrase(s.First, nameEnd, s.First, nameEnd, false);
        var (actor, how) = resolver.Resolve(source, null);
        if (actor?.Kind == ActorKind.Place)
        {
            return null;
        }
        var d = new Draft
        {
            Cue = doc.Tokens[cue].Span(),
            Sentence = index,
            Source = doc.SpanOf(s.First, nameEnd),
            Speaker = actor,
            How = how,
        };
        d.Content.Add(new TextSpan(doc.Tokens[cue + 1].Start, doc.Tokens[end].End));
        return d;
    }
}
