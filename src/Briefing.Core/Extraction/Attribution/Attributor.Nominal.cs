using Briefing.Core.Extraction.Lexicons;
using Briefing.Core.Extraction.Text;

namespace Briefing.Core.Extraction.Attribution;

/// <summary>Attributions carried by a noun rather than a verb: "Roe's criticism of the plan", "his support for the
/// tax", "her attacks on the press", "Roe's view is that …". The possessor is the source, the noun and its preposition the cue, the
/// preposition's object the content.</summary>
internal sealed partial class Attributor
{
    private static readonly Lexicons.WordSet StatementNouns = Lexicon.Set("""
        criticism criticisms support attack attacks call calls concern concerns accusation accusations allegation allegations
        endorsement opposition praise complaint complaints warning warnings claim claims demand demands promise promises
        pledge pledges threat threats view views position stance belief contention message hope fear worry questions argument arguments defense
        defence denunciation condemnation rejection embrace backing insistence assertion
        """);

    // MoreStatementNouns: further nouns of saying, judging and intending.
    private static readonly Lexicons.WordSet MoreStatementNounSet = Lexicon.Set("""
        doubts skepticism scepticism reservations objection objections disapproval approval admiration disdain contempt
        distaste sympathy enthusiasm preference commitment reaction response plan plans proposal proposals vision
        push decision statement statements suggestion vow vows refusal assessment
        prediction predictions description characterization portrayal denial admission announcement explanation
        recommendation request plea critique critiques praise assurance assurances insistence suspicion suspicions
        idea ideas theory opinion opinions verdict conclusion analysis
        """);

    // QuotedRemarkNouns: nouns for words said, whose object annotators take as a statement only when it quotes them
    // ("her comment that “…”", "his appeal for “law and order”"); without a quote "his comments on guns" is a topic.
    private static readonly Lexicons.WordSet RemarkNouns = Lexicon.Set("""
        comments comment remarks remark appeal broadside dictum aside
        """);

    private static readonly Lexicons.WordSet NotVerbsAfterTo = Lexicon.Set("the a an his her their its our my your this that these those");

    private static bool IsTopicPreposition(ReadOnlySpan<char> w) =>
        w.Length is >= 2 and <= 7 && (w.Equals("of", StringComparison.OrdinalIgnoreCase) || w.Equals("for", StringComparison.OrdinalIgnoreCase)
            || w.Equals("about", StringComparison.OrdinalIgnoreCase) || w.Equals("on", StringComparison.OrdinalIgnoreCase)
            || w.Equals("to", StringComparison.OrdinalIgnoreCase) || w.Equals("against", StringComparison.OrdinalIgnoreCase));

    private static readonly Lexicons.WordSet PossessivePronouns = Lexicon.Set("his her their its");

    private void NominalStatements(int s, Sentence sentence)
    {
        for (var t = sentence.First + 1; t + 2 < sentence.Last; t++)
        {
            var tok = _doc.Tokens[t];
            // The cheap tests first: this runs for every word.
            if (tok.Kind != TokenKind.Word || tok.InQuote || tok.Capitalized || _doc.Tokens[t + 1].Kind != TokenKind.Word)
            {
                continue;
            }
            // "Roe's view is that …": the that-clause after the copula is the content, "that" included.
            var copula = (_doc.WordIs(t + 1, "is") || _doc.WordIs(t + 1, "was")) && _doc.WordIs(t + 2, "that");
            var more = _rules.Uses(ExtractionRule.MoreStatementNouns);
            // MoreStatementNouns: "Roe's claim that …", "his decision not to …" — a that-clause or infinitive complement.
            var complement = more && (_doc.WordIs(t + 1, "that") || _doc.WordIs(t + 1, "not") && _doc.WordIs(t + 2, "to"));
            var remark = _rules.Uses(ExtractionRule.QuotedRemarkNouns) && Lexicon.Has(RemarkNouns, _doc.Word(t));
            if (!copula && !complement && !IsTopicPreposition(_doc.Word(t + 1))
                || !Lexicon.Has(StatementNouns, _doc.Word(t)) && !(more && Lexicon.Has(MoreStatementNounSet, _doc.Word(t))) && !remark)
            {
                continue;
            }
            // "his comments to the press": with the further nouns, "to" takes a verb, not a listener.
            if (!Lexicon.Has(StatementNouns, _doc.Word(t)) && _doc.WordIs(t + 1, "to") && (_doc.Tokens[t + 2].Capitalized || Lexicon.Has(NotVerbsAfterTo, _doc.Word(t + 2))))
            {
                continue;
            }
            if (Possessor(t - 1) is not { } owner)
            {
                continue;
            }
            var theirSubject = TheirClauseSubject(owner, sentence);
            var end = copula || complement ? ContentFinder.EndFrom(_doc, t + 2, sentence, _cues, _rules) : NounPhraseEnd(t + 2, ContentFinder.EndFrom(_doc, t + 2, sentence, _cues, _rules));
            var contentFirst = complement ? t + 1 : t + 2;
            if (end < t + 2 || HasQuoteBetween(t + 2, end) && OverlapsDraft(t + 2, end) || remark && !HasQuoteBetween(t + 2, end))
            {
                continue;
            }
            var d = new Draft
            {
                Cue = new TextSpan(_doc.Tokens[t].Start, _doc.Tokens[t + 1].End),
                Sentence = s,
                Belief = true,
                Source = _doc.SpanOf(owner.First, owner.Last),
            };
            (d.Speaker, d.How) = ResolvePossessor(owner);
            if (theirSubject is { } subject)
            {
                d.Source = _doc.SpanOf(subject.First, subject.Last);
                (d.Speaker, d.How) = _resolver.Resolve(new SourcePhrase(subject.First, subject.Last, subject.First, subject.Last, false), LastDraft);
            }
            d.Content.Add(new TextSpan(_doc.Tokens[contentFirst].Start, _doc.Tokens[end].End));
            Commit(d, nested: Drafts.Count > 0 && Drafts[^1].Overlaps(_doc.Tokens[t].Span()));
        }
    }

    /// <summary>The object ends before the clause's verb: "his support for the plan was brief" → "the plan".</summary>
    private int NounPhraseEnd(int first, int end)
    {
        for (var k = first + 1; k <= end; k++)
        {
            if (Lexicon.Has(Auxiliaries, _doc.Word(k)) || Lexicon.CueOf(_doc.Word(k)) != CueFlags.None)
            {
                return k - 1;
            }
        }
        return end;
    }

    private static readonly Lexicons.WordSet Auxiliaries = Lexicon.Set("""
        is are was were has have had will would could should can may might must does did do be been
        """);

    // Quoted words in the object that a cue of their own already attributed belong to that statement.
    private bool HasQuoteBetween(int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (_doc.Tokens[k].InQuote || _doc.Tokens[k].Kind is TokenKind.QuoteOpen or TokenKind.QuoteClose)
            {
                return true;
            }
        }
        return false;
    }

    private bool OverlapsDraft(int first, int last)
    {
        var span = new TextSpan(_doc.Tokens[first].Start, _doc.Tokens[last].End);
        foreach (var d in Drafts)
        {
            if (d.Overlaps(span))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"Roe's" / "Jane Roe's" / "his": the possessor right before the noun (one adjective may stand between;
    /// with PossessorOverModifiers up to three lower-case modifiers and their commas: "his long, pre-campaign embrace").</summary>
    private (int First, int Last)? Possessor(int t)
    {
        var sentenceFirst = _doc.Sentences[_sentenceOfToken[t + 1]].First;
        var reach = _rules.Uses(ExtractionRule.PossessorOverModifiers) ? MaxModifierTokens : 1;
        for (var k = t; k >= sentenceFirst && t - k <= reach; k--)
        {
            var w = _doc.Word(k);
            if (_doc.Tokens[k].InQuote)
            {
                return null;
            }
            if (Lexicon.Has(PossessivePronouns, w))
            {
                return (k, k + 1);
            }
            if ((w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("\u2019s", StringComparison.Ordinal)) && _actors.TokenActor[k] >= 0)
            {
                return (_actors.RunStart[k], k + 1);
            }
            // Further back only modifiers lead to the possessor: "recent", "evidence-free", a comma. Any one word may
            // stand between, as before ("Roe's 2012 claim").
            if (reach > 1 && !IsNounModifier(k))
            {
                if (k < t)
                {
                    return null;
                }
                reach = 1;
            }
        }
        return null;
    }

    // PossessorOverModifiers: three modifiers and the two commas between them ("his long, costly, pre-campaign embrace").
    private const int MaxModifierTokens = 5;

    private bool IsNounModifier(int k)
    {
        var tok = _doc.Tokens[k];
        if (tok.Kind == TokenKind.Punct)
        {
            return tok.Is(_doc.Text, ',') && k + 1 < _doc.Tokens.Count && _doc.Tokens[k + 1].Kind == TokenKind.Word;
        }
        var w = _doc.Word(k);
        return tok.Kind == TokenKind.Word && !tok.Capitalized && w.IndexOfAny('\'', '\u2019') < 0
            && !Lexicon.Has(NotModifiers, w) && !Lexicon.Has(Auxiliaries, w);
    }

    // Function words that end a noun phrase's modifiers: past them the word before is no possessor of the noun.
    private static readonly Lexicons.WordSet NotModifiers = Lexicon.Set("""
        the a an this that these those his her their its our my your and or but nor of for about on to against in at by
        with from as than who which what when where while not no he she they it we i you him them us me
        """);

    private (Actors.ActorBuilder?, SpeakerResolution) ResolvePossessor((int First, int Last) owner)
    {
        var last = owner.Last - 1;
        if (_actors.TokenActor[last] is var idx and >= 0)
        {
            return (_actors.Actors[idx], SpeakerResolution.Named);
        }
        var gender = _doc.WordIs(last, "his") ? Gender.Male : _doc.WordIs(last, "her") ? Gender.Female : Gender.Unknown;
        var a = gender == Gender.Unknown ? null : _resolver.Pronoun(last, gender, LastDraft);
        return (a, a is null ? SpeakerResolution.Unresolved : SpeakerResolution.Pronoun);
    }
}
