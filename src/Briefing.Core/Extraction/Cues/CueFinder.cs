using Briefing.Core.Extraction.Lexicons;
using Briefing.Core.Extraction.Text;

namespace Briefing.Core.Extraction.Cues;

/// <summary>Finds cue words in a sentence, rejecting the usual false friends: passives ("was told"),
/// infinitives ("to say"), particles that must follow ("pushed back", "pointed out"), nouns ("his plans").</summary>
internal static class CueFinder
{
    private static readonly Lexicons.WordSet PassiveAux =
        Lexicon.Set("was were been being is are be get gets got am");

    private static readonly Lexicons.WordSet NotCues =
        Lexicon.Set("regarding considering seeing knowing feeling expecting understanding thinking viewing accepting wishing intending wanting preferring continuing planning");

    /// <summary>Adds the sentence's cues to <paramref name="output"/> in text order: cue phrases first ("according to",
    /// "went on to say", "decided to"), then words of the cue tables, then verbs no table lists whose context makes them
    /// cues; a table word is dropped when it is one of the usual false friends.</summary>
    public static void Find(Document doc, Sentence s, List<Cue> output, ExtractorSettings rules)
    {
        for (var t = s.First; t < s.Last; t++)
        {
            if (!MayBeCue(doc, t, s))
            {
                continue;
            }
            var w = doc.Word(t);
            if ((PhraseCue(doc, t, s, w, rules) ?? WordCue(doc, t, s, w, rules)) is { } cue)
            {
                output.Add(cue);
                t = cue.Last - 1;
            }
        }
    }

    /// <summary>Cue words are lower-case words outside quotes: "States" in "United States" is no verb. Headline case
    /// ("Graham Says …", "General Reveals …") is allowed in short paragraphs only.</summary>
    private static bool MayBeCue(Document doc, int t, Sentence s)
    {
        var tok = doc.Tokens[t];
        return tok.Kind == TokenKind.Word && !tok.InQuote
            && !(tok.Capitalized && !doc.WordIs(t, "According") && !(doc.Paragraphs[tok.Paragraph].Length < 160 && t > s.First
                && doc.Tokens[t - 1].Capitalized && doc.Word(t).EndsWith("s", StringComparison.Ordinal)));
    }

    /// <summary>"according to", "went on (to say)", "decided to delay": cues of more than one word, found by their shape.</summary>
    private static Cue? PhraseCue(Document doc, int t, Sentence s, ReadOnlySpan<char> w, ExtractorSettings rules)
    {
        if (w.Equals("according", StringComparison.OrdinalIgnoreCase) && doc.WordIs(t + 1, "to"))
        {
            return new Cue(t, t + 2, CueFlags.Speech, CueForm.AccordingTo);
        }
        if (rules.Uses(ExtractionRule.WentOn) && WentOn(doc, t, s) is var wentOn and > 0)
        {
            return new Cue(t, wentOn, CueFlags.Speech, CueForm.Verb);
        }
        if (rules.Uses(ExtractionRule.IntentInfinitive) && IntentInfinitive.At(doc, t, s) is var intent and > 0)
        {
            return new Cue(t, intent, CueFlags.Belief, CueForm.Verb);
        }
        return null;
    }

    /// <summary>A word of the cue tables, unless a false friend; a word of none, when its context makes it a cue.</summary>
    private static Cue? WordCue(Document doc, int t, Sentence s, ReadOnlySpan<char> w, ExtractorSettings rules)
    {
        var flags = TableFlags(doc, t, s, w, rules);
        if (flags == CueFlags.None)
        {
            return UnlistedVerbCue(doc, t, s, w, rules);
        }
        if (Lexicon.Has(NotCues, w) || rules.Uses(ExtractionRule.OtherSenseOfCueWord) && OtherSense(doc, t, s, w)
            || rules.Uses(ExtractionRule.ShowingAsNoun) && IsShowingNoun(doc, t, s, w)
            || IsFalseFriend(doc, t, s, w, flags, rules))
        {
            return null;
        }
        var last = t + 1;
        if (NeedsParticle(w, out var p1, out var p2))
        {
            if (!doc.WordIs(t + 1, p1) && !(p2 is not null && doc.WordIs(t + 1, p2)))
            {
                return null;
            }
            last = t + 2;
        }
        else if ((w.StartsWith("call", StringComparison.OrdinalIgnoreCase)) && (doc.WordIs(t + 1, "for") || doc.WordIs(t + 1, "on")))
        {
            last = t + 2;
        }
        return new Cue(t, last, flags, CueForm.Verb);
    }

    /// <summary>The word's flags in the cue table, else (MoreCueVerbs) in the extended table: "Roe offered no details",
    /// "Roe is eager to …" (an adjective of intent only before "to").</summary>
    private static CueFlags TableFlags(Document doc, int t, Sentence s, ReadOnlySpan<char> w, ExtractorSettings rules)
    {
        var flags = Lexicon.CueOf(w);
        if (flags == CueFlags.None && rules.Uses(ExtractionRule.MoreCueVerbs) && Lexicon.MoreCueOf(w) is var more and not CueFlags.None
            && (!Lexicon.IsIntentAdjective(w) || doc.WordIs(t + 1, "to")) && !doc.WordIs(t + 1, "by")
            // "48% support", "36 percent support": a base form after a share is the noun.
            && !((more & CueFlags.Base) != 0 && t > s.First && (doc.Tokens[t - 1].Kind == TokenKind.Number || doc.IsChar(t - 1, '%') || doc.WordIs(t - 1, "percent"))))
        {
            flags = more;
        }
        return flags;
    }

    /// <summary>A verb no cue table lists: a topic verb with its preposition, a verb before a that-clause, an unknown
    /// verb framing a quote.</summary>
    private static Cue? UnlistedVerbCue(Document doc, int t, Sentence s, ReadOnlySpan<char> w, ExtractorSettings rules)
    {
        // "spoke about …", "voted against …": the preposition is part of the cue; its object is the content.
        if (rules.Uses(ExtractionRule.TopicVerbs) && t + 2 < s.Last && !doc.Tokens[t + 1].InQuote
            && IsPreposition(doc.Word(t + 1)) && Lexicon.IsTopicCue(w, doc.Word(t + 1)) && !(t > s.First && Lexicon.Has(PassiveAux, doc.Word(t - 1)) && w.EndsWith("en", StringComparison.Ordinal)))
        {
            // TopicParticiple: "…, speaking of the convention" is a participle like "…, saying …", never an inversion.
            var topicFlags = rules.Uses(ExtractionRule.TopicParticiple) && w.EndsWith("ing", StringComparison.OrdinalIgnoreCase) ? CueFlags.Speech | CueFlags.Participle : CueFlags.Speech;
            return new Cue(t, t + 2, topicFlags, CueForm.Verb);
        }
        if (rules.Uses(ExtractionRule.ThatComplement) && ThatComplement(doc, t, s) is var thatFlags and not CueFlags.None)
        {
            return new Cue(t, t + 1, thatFlags, CueForm.Verb);
        }
        if (rules.Uses(ExtractionRule.UnknownVerbFramingQuote) && VerbFramingQuote(doc, t, s))
        {
            return new Cue(t, t + 1, CueFlags.Speech, CueForm.Verb);
        }
        return null;
    }

    /// <summary>A table word that is no cue here: a base form with no subject before it ("to say", "a say"), a plural
    /// noun before a base-form cue, a passive ("was told"), a phrasal verb ("show up"), "continue to".</summary>
    private static bool IsFalseFriend(Document doc, int t, Sentence s, ReadOnlySpan<char> w, CueFlags flags, ExtractorSettings rules)
    {
        if ((flags & CueFlags.Base) != 0 && (t == s.First || doc.WordIs(t - 1, "to") || !Lexicon.IsSubjectPronoun(doc.Word(t - 1), out _)
                && !Lexicon.IsSpeakerNoun(doc.Word(t - 1)) && !(doc.Tokens[t - 1].Capitalized && doc.Word(t - 1).EndsWith("s")))
            && !(rules.Uses(ExtractionRule.BaseFormAfterSubjectWord) && SubjectWordBefore(doc, t, s, rules.Uses(ExtractionRule.AsideBeforeVerb)))
            && !(rules.Uses(ExtractionRule.FiniteSpeechBase) && (flags & CueFlags.Speech) != 0 && !Lexicon.Has(NounLikeBases, w) && FiniteBase(doc, t, s)))
        {
            return true;
        }
        // "filing reports show …" / "the claims suggest …": an -s form right before a base-form cue is the plural noun subject.
        if ((flags & (CueFlags.Base | CueFlags.Past | CueFlags.Participle)) == 0 && Lexicon.IsSpeakerNoun(w) && !doc.Tokens[t].Capitalized
            && t + 1 < s.Last && !doc.Tokens[t + 1].InQuote && (Lexicon.CueOf(doc.Word(t + 1)) & CueFlags.Base) != 0)
        {
            return true;
        }
        if ((flags & CueFlags.Past) != 0 && t > s.First && Lexicon.Has(PassiveAux, doc.Word(t - 1)))
        {
            return true;
        }
        // "show up", "add up": a phrasal verb, no report.
        if (doc.WordIs(t + 1, "up") && !doc.Tokens[t + 1].InQuote)
        {
            return true;
        }
        return w.StartsWith("continu", StringComparison.OrdinalIgnoreCase) && doc.WordIs(t + 1, "to");
    }

    /// <summary>ShowingAsNoun: "a strong showing in the primary", "Roe's showing will matter", "after the downbeat
    /// showing in May" — "showing" after a determiner or possessive (up to two modifiers between) and before a
    /// preposition, a conjunction, an auxiliary or punctuation is the noun for a result, not the participle of "show",
    /// which takes an object ("the table showing how much …", "a video showing Roe at the lectern").</summary>
    private static bool IsShowingNoun(Document doc, int t, Sentence s, ReadOnlySpan<char> w)
    {
        if (!w.Equals("showing", StringComparison.OrdinalIgnoreCase) || t + 1 >= s.Last)
        {
            return false;
        }
        var next = doc.Tokens[t + 1];
        var nounNext = next.Kind == TokenKind.Punct && !next.InQuote
            || next.Kind == TokenKind.Word && !next.Capitalized
               && (Lexicon.Has(AfterResultNoun, doc.Word(t + 1)) || Lexicon.IsAuxiliary(doc.Word(t + 1)));
        if (!nounNext)
        {
            return false;
        }
        for (var k = t - 1; k >= s.First && t - k <= 3; k--)
        {
            var tok = doc.Tokens[k];
            if (tok.Kind != TokenKind.Word || tok.InQuote)
            {
                return false;
            }
            var prev = doc.Word(k);
            if (Lexicon.Has(ResultDeterminers, prev) || prev.EndsWith("'s", StringComparison.Ordinal) || prev.EndsWith("\u2019s", StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly Lexicons.WordSet ResultDeterminers = Lexicon.Set("a an the his her its their our my your this that");

    private static readonly Lexicons.WordSet AfterResultNoun = Lexicon.Set(
        "in with by from for on at among against since and or but");

    private static readonly Lexicons.WordSet Reflexives =
        Lexicon.Set("itself himself herself themselves ourselves myself yourself yourselves");

    // What stands before "states" the noun: "member states", "11 states", "across the states", "several swing states".
    private static readonly Lexicons.WordSet StateModifiers = Lexicon.Set("""
        the of in across from to these those both all many several most some other member swing battleground key border
        remaining early late red blue coastal southern northern western eastern neighboring neighbouring arab gulf
        """);

    /// <summary>OtherSenseOfCueWord: a cue word used in another sense — the noun "states" ("the United States", "Southern
    /// states", "member states", "11 states") and "found" meaning "established" ("helped found") or with a reflexive
    /// ("found itself at the center of …"). "The document states", "It states that" and "the Saudis state" stay cues.</summary>
    private static bool OtherSense(Document doc, int t, Sentence s, ReadOnlySpan<char> w)
    {
        if (w.Equals("found", StringComparison.OrdinalIgnoreCase))
        {
            return t + 1 < s.Last && Lexicon.Has(Reflexives, doc.Word(t + 1))
                || t > s.First && (doc.WordIs(t - 1, "to") || doc.Word(t - 1).StartsWith("help", StringComparison.OrdinalIgnoreCase));
        }
        if (!w.Equals("states", StringComparison.OrdinalIgnoreCase) && !w.Equals("state", StringComparison.OrdinalIgnoreCase) || t == s.First)
        {
            return false;
        }
        var before = doc.Tokens[t - 1];
        var prev = doc.Word(t - 1);
        if (before.Kind == TokenKind.Number || prev.Contains('-') || Lexicon.Has(StateModifiers, prev))
        {
            return true;
        }
        // "United States", "Western states": a capitalised modifier. A capitalised plural ("the Saudis state") or a
        // pronoun ("It states") is the subject.
        return before.Capitalized && !Lexicon.IsSubjectPronoun(prev, out _) && !(prev.Length > 3 && prev.EndsWith("s", StringComparison.Ordinal));
    }

    /// <summary>"would not say", "42% say", "Others also say", "Chinese traders say": a base-form verb after an
    /// auxiliary, a quantity or a plural noun (adverbs in between skipped) is a finite verb with a subject, not a
    /// noun ("a say") or an infinitive ("to say").</summary>
    /// <param name="asides">AsideBeforeVerb: also across an aside after a plural subject.</param>
    public static bool SubjectWordBefore(Document doc, int t, Sentence s, bool asides = false)
    {
        // "Proponents of the bill, however, say …", "Democrats — and some Republicans — say …": an aside set off by
        // commas or dashes stands between the plural subject and its verb.
        if (asides && AsideOpenerBefore(doc, t, s) is var opener and > 0)
        {
            return PluralSubjectEndsAt(doc, opener - 1, s);
        }
        for (var k = t - 1; k >= s.First && t - k <= 4; k--)
        {
            var tok = doc.Tokens[k];
            if (tok.InQuote)
            {
                return false;
            }
            if (tok.Kind == TokenKind.Number || doc.IsChar(k, '%'))
            {
                return true;
            }
            if (tok.Kind != TokenKind.Word)
            {
                return false;
            }
            var w = doc.Word(k);
            if (Lexicon.IsAuxiliary(w) || Lexicon.IsQuantity(w) || Lexicon.IsSubjectPronoun(w, out _) || Lexicon.IsContractedPronoun(w, out _) || Lexicon.IsSpeakerNoun(w)
                || Lexicon.LooksPlural(w) || tok.Capitalized && w.EndsWith("s", StringComparison.Ordinal) && !Lexicon.IsCapitalisedNonName(w)
                   && !w.EndsWith("'s", StringComparison.Ordinal) && !w.EndsWith("\u2019s", StringComparison.Ordinal))
            {
                return true;
            }
            if (!Lexicon.IsVerbAdverb(w))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>A subject phrase ending at <paramref name="end"/> with a plural head in its last five words ("Proponents
    /// of the new bill", "Democrats", "local traders"), no verb or clause word in between.</summary>
    private static bool PluralSubjectEndsAt(Document doc, int end, Sentence s)
    {
        for (var k = end; k >= s.First && end - k < 5; k--)
        {
            var tok = doc.Tokens[k];
            if (tok.Kind != TokenKind.Word || tok.InQuote)
            {
                return false;
            }
            var w = doc.Word(k);
            if (Lexicon.IsAuxiliary(w) || Lexicon.IsSubjectPronoun(w, out _) || Lexicon.CueOf(w) != CueFlags.None || w.Equals("that", StringComparison.OrdinalIgnoreCase)
                || w.Equals("who", StringComparison.OrdinalIgnoreCase) || w.Equals("which", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
            if (Lexicon.LooksPlural(w) || tok.Capitalized && w.Length > 3 && w.EndsWith("s", StringComparison.Ordinal) && !w.EndsWith("'s", StringComparison.Ordinal)
                && !w.EndsWith("\u2019s", StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The comma or dash that opens an aside closed right before <paramref name="t"/> by the same mark, at most
    /// eight words back and with no quote inside; -1 when none.</summary>
    public static int AsideOpenerBefore(Document doc, int t, Sentence s)
    {
        var close = t - 1;
        if (close <= s.First || doc.Tokens[close].Kind != TokenKind.Punct || !(doc.IsChar(close, ',') || IsDash(doc, close)))
        {
            return -1;
        }
        for (var k = close - 1; k > s.First && close - k <= 9; k--)
        {
            var tok = doc.Tokens[k];
            if (tok.InQuote || tok.Kind is TokenKind.QuoteOpen or TokenKind.QuoteClose)
            {
                return -1;
            }
            if (tok.Kind == TokenKind.Punct)
            {
                return doc.IsChar(close, ',') ? (doc.IsChar(k, ',') && k < close - 1 ? k : -1) : (IsDash(doc, k) && k < close - 1 ? k : -1);
            }
        }
        return -1;
    }

    private static bool IsDash(Document doc, int k) => doc.Word(k) is "\u2014" or "\u2013" or "--";

    // Base forms of speech verbs that are mostly nouns or objects of other verbs.
    private static readonly Lexicons.WordSet NounLikeBases = Lexicon.Set("stress recall continue express ask write show");

    // Words after which a base form is a noun or an infinitive, never a finite verb: determiners, prepositions, causatives.
    private static readonly Lexicons.WordSet NoFiniteVerbAfter = Lexicon.Set("""
        the a an his her their its my our your no any every to of for with in on at by from about into over under without
        between against among through during after before as like than let lets make makes made hear heard see saw watch
        help helps helped would-be
        """);

    /// <summary>FiniteSpeechBase: "Aides to Roe say …", "Proponents of the bill, however, say …", "those surveyed say …":
    /// a base-form speech verb is finite unless a determiner, a preposition, "to" or a causative stands right before it
    /// (adverbs, time words and a ", however," aside are skipped). After a comma or a closing quote it is the inverted
    /// "…, say some Democrats", when a noun phrase follows.</summary>
    private static bool FiniteBase(Document doc, int t, Sentence s)
    {
        var k = t - 1;
        for (var guard = 0; guard < 6 && k >= s.First; guard++)
        {
            var tok = doc.Tokens[k];
            if (tok.Kind == TokenKind.Word && !tok.InQuote && (Lexicon.IsVerbAdverb(doc.Word(k)) || Lexicon.IsTimeWord(doc.Word(k)) && !doc.WordIs(k, "today")))
            {
                k--;
                continue;
            }
            // ", however," between the subject and the verb.
            if (doc.IsChar(k, ',') && k - 2 >= s.First && doc.IsChar(k - 2, ',') && Lexicon.IsVerbAdverb(doc.Word(k - 1)))
            {
                k -= 3;
                continue;
            }
            break;
        }
        if (k < s.First || doc.Tokens[k].InQuote)
        {
            return false;
        }
        var before = doc.Tokens[k];
        if (doc.IsChar(k, ',') || before.Kind == TokenKind.QuoteClose)
        {
            var next = t + 1;
            return next < s.Last && doc.Tokens[next].Kind == TokenKind.Word && !doc.Tokens[next].InQuote
                   && (doc.Tokens[next].Capitalized && !Lexicon.IsCapitalisedNonName(doc.Word(next)) || Lexicon.IsQuantity(doc.Word(next)) || doc.WordIs(next, "the"));
        }
        // "the final say", "a larger say": a determiner and a word that is no plural noun make it a noun phrase.
        if (k > s.First && Lexicon.Has(NoFiniteVerbAfter, doc.Word(k - 1)) && !Lexicon.LooksPlural(doc.Word(k)) && !Lexicon.IsSpeakerNoun(doc.Word(k))
            && !before.Capitalized)
        {
            return false;
        }
        return before.Kind is TokenKind.Word or TokenKind.Number && !Lexicon.Has(NoFiniteVerbAfter, doc.Word(k)) || doc.IsChar(k, '%');
    }

    // A cheap test before the dictionary lookup: this runs for every word that is no cue.
    private static bool IsPreposition(ReadOnlySpan<char> w) =>
        w.Length is >= 2 and <= 7 && (w.Equals("about", StringComparison.OrdinalIgnoreCase) || w.Equals("of", StringComparison.OrdinalIgnoreCase)
            || w.Equals("on", StringComparison.OrdinalIgnoreCase) || w.Equals("for", StringComparison.OrdinalIgnoreCase)
            || w.Equals("against", StringComparison.OrdinalIgnoreCase) || w.Equals("with", StringComparison.OrdinalIgnoreCase)
            || w.Equals("out", StringComparison.OrdinalIgnoreCase) || w.Equals("at", StringComparison.OrdinalIgnoreCase)
            || w.Equals("in", StringComparison.OrdinalIgnoreCase));

    /// <summary>"Roe recognized that …", "Roe is confident that …": an unknown past-tense verb, or an adjective of
    /// conviction, with a "that" clause right after it and a subject before it reports what someone holds. Passives
    /// ("was reported that") and nouns ("the fact that") are not cues.</summary>
    private static CueFlags ThatComplement(Document doc, int t, Sentence s)
    {
        if (t + 2 >= s.Last || t == s.First || !doc.WordIs(t + 1, "that") || doc.Tokens[t + 2].InQuote)
        {
            return CueFlags.None;
        }
        var w = doc.Word(t);
        var prev = doc.Word(t - 1);
        if (Lexicon.Has(ConvictionAdjectives, w))
        {
            return Lexicon.Has(CopulaOrAdverb, prev) || Lexicon.IsSubjectPronoun(prev, out _) ? CueFlags.Belief : CueFlags.None;
        }
        var pastTense = w.Length >= 5 && w.EndsWith("ed", StringComparison.Ordinal);
        return pastTense && !Lexicon.Has(PassiveAux, prev) && !Lexicon.Has(NotThatVerbs, w) && doc.Tokens[t - 1].Kind == TokenKind.Word
            ? CueFlags.Speech
            : CueFlags.None;
    }

    private static readonly Lexicons.WordSet ConvictionAdjectives = Lexicon.Set("""
        confident adamant convinced certain sure aware hopeful optimistic pessimistic skeptical sceptical concerned
        clear insistent unaware
        """);

    private static readonly Lexicons.WordSet CopulaOrAdverb = Lexicon.Set("""
        is are was were be been am remain remains remained seem seems seemed also still very so quite not it
        """);

    // Past forms that take "that" as a relative or a result, not a report: "so tired that", "ensured that".
    private static readonly Lexicons.WordSet NotThatVerbs = Lexicon.Set("""
        ensured required needed happened seemed appeared provided granted assumed expected demanded
        """);

    /// <summary>"“…,” he went on." / "She went on to say that …": "went on" attributes when the clause ends after it
    /// or a speech verb follows ("went on to say"); "the campaign went on for months" does not. Returns the cue end.</summary>
    private static int WentOn(Document doc, int t, Sentence s)
    {
        if (!(doc.WordIs(t, "went") || doc.WordIs(t, "goes")) || !doc.WordIs(t + 1, "on") || t + 2 >= s.Last)
        {
            return -1;
        }
        var next = doc.Tokens[t + 2];
        // "Roe went on, as if she had not heard": a comma must lead into a quote.
        if (next.Kind == TokenKind.QuoteOpen || doc.IsChar(t + 2, '.') || doc.IsChar(t + 2, ':')
            || doc.IsChar(t + 2, ',') && t + 3 < s.Last && doc.Tokens[t + 3].Kind == TokenKind.QuoteOpen)
        {
            return t + 2;
        }
        return doc.WordIs(t + 2, "to") && t + 3 < s.Last && (Lexicon.CueOf(doc.Word(t + 3)) & CueFlags.Speech) != 0 ? t + 4 : -1;
    }

    /// <summary>"“France will always be France,” an angry Roe retaliated." / "“…!” beamed Jane Roe of Ohio.": a past-tense
    /// verb that frames a quote ending in a comma, "?" or "!" attributes it, whatever the verb — the punctuation inside
    /// the marks already says the sentence goes on to name who spoke.</summary>
    private static bool VerbFramingQuote(Document doc, int t, Sentence s)
    {
        var w = doc.Word(t);
        if (w.Length < 5 || !w.EndsWith("ed", StringComparison.Ordinal) || doc.Tokens[t].Capitalized)
        {
            return false;
        }
        // Find the quote close within four words before the verb.
        var q = t - 1;
        while (q >= s.First && t - q <= 5 && doc.Tokens[q].Kind == TokenKind.Word && !doc.Tokens[q].InQuote)
        {
            q--;
        }
        if (q < s.First || doc.Tokens[q].Kind != TokenKind.QuoteClose || !OpenEnded(doc, q))
        {
            return false;
        }
        var after = t + 1;
        if (q == t - 1)
        {
            // "“…,” beamed Jane Roe": a name must follow.
            return after < s.Last && doc.Tokens[after].Kind == TokenKind.Word && (doc.Tokens[after].Capitalized || doc.WordIs(after, "the") || doc.WordIs(after, "a") || doc.WordIs(after, "an"));
        }
        // "“…,” Jane Roe retaliated." — the verb closes the clause.
        return after >= s.Last || doc.IsChar(after, '.') || doc.IsChar(after, ',') || doc.Tokens[after].Kind == TokenKind.QuoteOpen;
    }

    /// <summary>The quote ends in a comma, question mark or exclamation mark inside its closing mark.</summary>
    private static bool OpenEnded(Document doc, int close)
    {
        var c = doc.Tokens[close].Start - 1;
        while (c >= 0 && doc.Text[c] is '\u201d' or '"' or '\'')
        {
            c--;
        }
        return c >= 0 && doc.Text[c] is ',' or '?' or '!';
    }

    private static bool NeedsParticle(ReadOnlySpan<char> w, out string p1, out string? p2)
    {
        p2 = null;
        if (w.StartsWith("push", StringComparison.OrdinalIgnoreCase) || w.StartsWith("fire", StringComparison.OrdinalIgnoreCase)
            || w.StartsWith("firing", StringComparison.OrdinalIgnoreCase) || w.StartsWith("shot", StringComparison.OrdinalIgnoreCase)
            || w.StartsWith("shoot", StringComparison.OrdinalIgnoreCase))
        {
            p1 = "back";
            return true;
        }
        // "As Roe put it, …": "put" attributes only with "it".
        if (w.Equals("put", StringComparison.OrdinalIgnoreCase) || w.StartsWith("puts", StringComparison.OrdinalIgnoreCase)
            || w.StartsWith("putting", StringComparison.OrdinalIgnoreCase))
        {
            p1 = "it";
            return true;
        }
        // "talked about …": "talk" attributes only with "about" ("talks with donors" is no statement).
        if (w.StartsWith("talk", StringComparison.OrdinalIgnoreCase))
        {
            p1 = "about";
            return true;
        }
        if (w.StartsWith("point", StringComparison.OrdinalIgnoreCase))
        {
            p1 = "out";
            p2 = "to";
            return true;
        }
        p1 = "";
        return false;
    }
}
