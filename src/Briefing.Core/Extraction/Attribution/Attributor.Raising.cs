using System.Collections.Frozen;
using Briefing.Core.Extraction.Lexicons;
using Briefing.Core.Extraction.Text;

namespace Briefing.Core.Extraction.Attribution;

internal sealed partial class Attributor
{
    private static readonly Lexicons.WordSet RaisingVerbs =
        Lexicon.Set("seem seems seemed appear appears appeared");

    private static readonly Lexicons.WordSet RaisingAux =
        Lexicon.Set("is are was were 's be been being");

    // "appears likely to", "appeared poised to", "appears as if": what "appear" takes when it means "seem" (not "appeared on TV").
    private static readonly Lexicons.WordSet AppearComplements = Lexicon.Set("""
        to like as unlikely likely poised ready set headed certain sure close open determined eager willing unable
        """);

    // What "seem" cannot take as a complement ("seemed that" is rare; a punctuation mark ends the clause).
    private static readonly Lexicons.WordSet NotSeemComplements = Lexicon.Set("that and or but");

    /// <summary>"The vote is expected to pass." / "Roe seemed to welcome the plan.": an expectation or impression with
    /// no one named as holding it. The content is the subject plus the complement; the cue ("is expected",
    /// "seemed") stands between them and there is no source.</summary>
    private void Raising(int s, Sentence sentence)
    {
        for (var t = sentence.First + 1; t + 2 < sentence.Last; t++)
        {
            if (RaisingCueAt(t, sentence) is not { } cueFirst || RaisingSubject(cueFirst, sentence) is not { } found)
            {
                continue;
            }
            var (subject, holdsImpression) = found;
            var end = ContentFinder.EndFrom(_doc, t + 1, sentence, _cues, _rules);
            // A quote in the sentence has its own speaker; this rule is for unquoted expectations only.
            if (end <= t + 1 || QuotedBetween(subject.First, end))
            {
                continue;
            }
            Commit(RaisingStatement(s, t, cueFirst, subject, holdsImpression, end), nested: false);
        }
    }

    /// <summary>Where the cue starts when token <paramref name="t"/> is a raising verb with its complement after it:
    /// "seemed to", "appeared poised to", "is expected to", "is said to" (PassiveRaising); else null.</summary>
    private int? RaisingCueAt(int t, Sentence sentence)
    {
        var tok = _doc.Tokens[t];
        if (tok.Kind != TokenKind.Word || tok.InQuote || tok.Capitalized)
        {
            return null;
        }
        var w = _doc.Word(t);
        int cueFirst;
        bool complement;
        if (Lexicon.Has(RaisingVerbs, w))
        {
            cueFirst = t;
            complement = _doc.WordIs(t + 1, "to") || _rules.Uses(ExtractionRule.SeemComplement) && SeemTakes(w, t + 1);
        }
        else if ((_doc.WordIs(t, "expected") || _doc.WordIs(t, "likely") && !_rules.Uses(ExtractionRule.LikelyIsTheWritersForecast))
                 && Lexicon.Has(RaisingAux, _doc.Word(t - 1)))
        {
            cueFirst = t - 1;
            complement = _doc.WordIs(t + 1, "to");
        }
        else if (_rules.Uses(ExtractionRule.PassiveRaising) && PassiveRaisingAux(t, sentence) is var aux and >= 0)
        {
            cueFirst = aux;
            complement = PassiveTakes(w, t + 1);
        }
        else
        {
            return null;
        }
        if (!complement || _doc.Tokens[t + 2].Kind != TokenKind.Word && _doc.Tokens[t + 1].Kind != TokenKind.Word
            || _doc.Tokens[t + 1].InQuote || _doc.Tokens[t + 2].InQuote || cueFirst <= sentence.First)
        {
            return null;
        }
        return cueFirst;
    }

    /// <summary>The phrase the expectation or impression is about (the clause subject before the cue, or with
    /// RaisingPhraseSubject the phrase before it), and whether that subject holds the impression itself (a person or
    /// pronoun: "Roe appeared to blame the crews"); null for "it seems" or a subject running past the cue.</summary>
    private (SourcePhrase Subject, bool HoldsImpression)? RaisingSubject(int cueFirst, Sentence sentence)
    {
        var subject = ClauseSubject(cueFirst, sentence);
        if (subject is { } cs && (cs.Last > cueFirst || Lexicon.IsSubjectPronoun(_doc.Word(cs.First), out _) && _doc.WordIs(cs.First, "it")))
        {
            return null;
        }
        var holdsImpression = subject is { } found && HoldsImpression(found, cueFirst);
        subject ??= _rules.Uses(ExtractionRule.RaisingPhraseSubject) ? PhraseBefore(cueFirst, sentence) : null;
        return subject is { } subj ? (subj, holdsImpression) : null;
    }

    private Draft RaisingStatement(int s, int t, int cueFirst, SourcePhrase subj, bool holdsImpression, int end)
    {
        var cueSpan = new TextSpan(_doc.Tokens[cueFirst].Start, _doc.Tokens[t].End);
        Draft d;
        if (holdsImpression && _rules.Uses(ExtractionRule.RaisingSubjectSpeaks))
        {
            // "Roe appeared to blame the crews": a person (or pronoun) giving an impression is its source.
            var (actor, how) = _resolver.Resolve(subj, LastDraft);
            d = new Draft { Cue = cueSpan, Sentence = s, Belief = true, Speaker = actor, How = how,
                Source = _doc.SpanOf(subj.First, subj.Last) };
        }
        else
        {
            // RaisingPhraseIsSource: "Voters seem to care …", "Poe's answers appear to have resonated" — the phrase giving
            // the impression is its source (no actor is resolved from it); "The vote is expected to pass" keeps none.
            // Not a name after a preposition: "The enthusiasm for Roe seems …" is no impression Roe gives.
            var phraseSource = cueFirst == t && _rules.Uses(ExtractionRule.RaisingPhraseIsSource) && !_doc.WordIs(subj.First, "it")
                && !(subj.First > 0 && Lexicon.Has(ObjectPrepositions, _doc.Word(subj.First - 1)));
            d = new Draft { Cue = cueSpan, Sentence = s, Belief = true, Source = phraseSource ? _doc.SpanOf(subj.First, subj.Last) : null };
            d.Content.Add(_doc.SpanOf(subj.First, cueFirst));
        }
        d.Content.Add(new TextSpan(_doc.Tokens[t + 1].Start, _doc.Tokens[end].End));
        return d;
    }

    // Words that open a clause of their own between a subject and the raising verb ("… rules that promise …, but are likely").
    private static readonly Lexicons.WordSet RaisingClauseBreaks = Lexicon.Set("what that which and but or while because");

    /// <summary>RaisingSubjectSpeaks: the actor found is the subject of the raising verb itself — not the object of a
    /// preposition ("enthusiasm for Roe seems …") and not across another clause ("Roe left rules that are likely to …",
    /// "Roe followed up with what appeared to be …").</summary>
    private bool HoldsImpression(SourcePhrase subject, int cue)
    {
        if (subject.First > 0 && Lexicon.Has(ObjectPrepositions, _doc.Word(subject.First - 1)) || cue - subject.Last > 8 || IsPossessive(subject.Last - 1))
        {
            return false;
        }
        for (var k = subject.Last; k < cue; k++)
        {
            // "Roe and Poe never seem to …": a coordinated name continues the subject.
            var coordinated = _doc.WordIs(k, "and") && k + 1 < cue && _doc.Tokens[k + 1].Capitalized;
            if (_doc.Tokens[k].Kind == TokenKind.Punct && !_doc.IsChar(k, ',') || !coordinated && Lexicon.Has(RaisingClauseBreaks, _doc.Word(k)))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>"Roe's plan seems …": a possessive name only modifies the subject.</summary>
    private bool IsPossessive(int t) =>
        _doc.Word(t) is var w && (w.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || w.EndsWith("’s", StringComparison.OrdinalIgnoreCase))
        || t + 1 < _doc.Tokens.Count && (_doc.WordIs(t + 1, "'s") || _doc.WordIs(t + 1, "’s") || _doc.WordIs(t + 1, "'") || _doc.WordIs(t + 1, "’"));

    /// <summary>SeemComplement: "seemed a reminder that …", "seems improbable", "appears likely to …".</summary>
    private bool SeemTakes(ReadOnlySpan<char> verb, int next)
    {
        if (_doc.Tokens[next].Kind != TokenKind.Word || _doc.Tokens[next].InQuote)
        {
            return false;
        }
        var w = _doc.Word(next);
        return verb.StartsWith("appear", StringComparison.OrdinalIgnoreCase) ? Lexicon.Has(AppearComplements, w) : !Lexicon.Has(NotSeemComplements, w);
    }

    // PassiveRaising: the participle and what it takes: "is seen as", "is believed to", "is known for".
    private static readonly Lexicons.WordMap<string[]> PassiveRaisings = new(
        new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
        {
            ["seen"] = ["as", "to"], ["viewed"] = ["as"], ["regarded"] = ["as"], ["perceived"] = ["as"], ["considered"] = ["as", "to"],
            ["described"] = ["as"], ["known"] = ["as", "for", "to"], ["believed"] = ["to"], ["thought"] = ["to"], ["said"] = ["to"],
            ["reported"] = ["to"], ["rumored"] = ["to"], ["rumoured"] = ["to"],
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));

    /// <summary>"is widely seen as", "were believed to": the auxiliary before a raising participle (adverbs between), or -1.</summary>
    private int PassiveRaisingAux(int t, Sentence sentence)
    {
        if (!PassiveRaisings.ContainsKey(_doc.Word(t)))
        {
            return -1;
        }
        for (var k = t - 1; k > sentence.First && t - k <= 3; k--)
        {
            if (Lexicon.Has(RaisingAux, _doc.Word(k)))
            {
                return k;
            }
            if (!Lexicon.IsVerbAdverb(_doc.Word(k)))
            {
                return -1;
            }
        }
        return -1;
    }

    private bool PassiveTakes(ReadOnlySpan<char> participle, int next) =>
        PassiveRaisings.TryGetValue(participle, out var takes)
        && Array.Exists(takes, p => _doc.WordIs(next, p));

    /// <summary>RaisingPhraseSubject: "The economics of clean energy appear to …" — no actor before the cue: the words back to
    /// the clause boundary (punctuation, a conjunction, another cue) are the subject.</summary>
    private SourcePhrase? PhraseBefore(int cue, Sentence sentence)
    {
        var first = cue;
        while (first - 1 >= sentence.First && cue - first < 15)
        {
            var k = first - 1;
            var tok = _doc.Tokens[k];
            if (tok.InQuote || tok.Kind is TokenKind.Punct or TokenKind.QuoteOpen or TokenKind.QuoteClose
                || tok.Kind == TokenKind.Word && (Lexicon.Has(ClauseBoundaries, _doc.Word(k)) || Lexicon.CueOf(_doc.Word(k)) != Lexicons.CueFlags.None))
            {
                break;
            }
            first = k;
        }
        // "delegates who are expected to …": the relative pronoun is the subject.
        if (first == cue && cue - 1 >= sentence.First && (_doc.WordIs(cue - 1, "who") || _doc.WordIs(cue - 1, "which") || _doc.WordIs(cue - 1, "that")))
        {
            return new SourcePhrase(cue - 1, cue, cue - 1, cue, false);
        }
        return first == cue || _doc.WordIs(first, "there") ? null : new SourcePhrase(first, cue, first, cue, false);
    }
}
