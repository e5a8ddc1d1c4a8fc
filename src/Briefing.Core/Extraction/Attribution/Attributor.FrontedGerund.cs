using Briefing.Core.Extraction.Actors;
using Briefing.Core.Extraction.Cues;
using Briefing.Core.Extraction.Lexicons;
using Briefing.Core.Extraction.Text;

namespace Briefing.Core.Extraction.Attribution;

/// <summary>FrontedGerundSubject: "After saying the levy was “unfair,” Roe left the room", "In rejecting the appeal, the
/// board noted …" — a cue in the -ing form right after the preposition that opens the sentence has the main clause's
/// subject, after the comma that closes the phrase; its content runs from the cue to that comma.</summary>
internal sealed partial class Attributor
{
    private const int MaxFrontedPhraseTokens = 40;

    private static readonly Lexicons.WordSet GerundPrepositions = Lexicon.Set(
        "after before while since upon by in despite without when on");

    private bool FrontedGerund(Cue cue, int s, Sentence sentence)
    {
        var first = _doc.WordIs(sentence.First, "but") || _doc.WordIs(sentence.First, "and") ? sentence.First + 1 : sentence.First;
        if (!_rules.Uses(ExtractionRule.FrontedGerundSubject) || cue.First != first + 1 || !Lexicon.Has(GerundPrepositions, _doc.Word(first))
            || !_doc.Word(cue.First).EndsWith("ing", StringComparison.OrdinalIgnoreCase) || cue.Last >= sentence.Last)
        {
            return false;
        }
        var comma = -1;
        for (var k = cue.Last; k < sentence.Last && k - cue.Last < MaxFrontedPhraseTokens; k++)
        {
            // A quoted phrase may carry the comma inside its marks: "After saying it was “unfair,” Roe …".
            if (_doc.IsChar(k, ',') && !_doc.Tokens[k].InQuote || _doc.Tokens[k].Kind == TokenKind.QuoteClose && _doc.IsChar(k - 1, ','))
            {
                comma = k;
                break;
            }
        }
        if (comma < 0 || comma - cue.Last < 1 || comma + 1 >= sentence.Last || MainClauseSubject(comma + 1, sentence) is not { } subject)
        {
            return false;
        }
        var d = NewDraft(cue, s, subject);
        var end = _doc.Tokens[comma].Kind == TokenKind.QuoteClose ? comma : comma - 1;
        d.Content.Add(new TextSpan(_doc.Tokens[cue.Last].Start, _doc.Tokens[end].End));
        Commit(d, nested: false);
        return true;
    }

    /// <summary>The subject opening the main clause at <paramref name="t"/>: a pronoun, a name (with its title), or a
    /// lower-case phrase before the verb.</summary>
    private SourcePhrase? MainClauseSubject(int t, Sentence sentence)
    {
        var tok = _doc.Tokens[t];
        if (tok.Kind != TokenKind.Word || tok.InQuote)
        {
            return null;
        }
        if (Lexicon.IsSubjectPronoun(_doc.Word(t), out _) && !_doc.WordIs(t, "it") && !_doc.WordIs(t, "who"))
        {
            return new SourcePhrase(t, t + 1, t, t + 1, false);
        }
        if (_actors.TokenActor[t] >= 0 && _actors.RunStart[t] == t && _actors.Actors[_actors.TokenActor[t]].Kind != ActorKind.Place)
        {
            return new SourcePhrase(t, _actors.RunEnd[t], t, _actors.RunEnd[t], false);
        }
        return SubjectPhrase(t, sentence.Last);
    }

    /// <summary>OpeningParticiplePhrase: "Preceded at the lectern by Poe, Roe launched into …", "Acknowledging that the
    /// plan “has flaws,” Roe did suggest …" — a sentence opening with a participle (a capitalised -ing or -ed word that
    /// names no one) holds no subject: the clause subject comes after its comma.</summary>
    private bool OpensWithParticiple(int first)
    {
        var tok = _doc.Tokens[first];
        var w = _doc.Word(first);
        return _rules.Uses(ExtractionRule.OpeningParticiplePhrase) && tok.Kind == TokenKind.Word && !tok.InQuote && w.Length >= 5
               && (w.EndsWith("ing", StringComparison.Ordinal) || w.EndsWith("ed", StringComparison.Ordinal)) && _actors.TokenActor[first] < 0
               && !w.Equals("According", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A cue-less quote inside a sentence-opening participle phrase ("Acknowledging that the plan “has flaws,”
    /// Roe …") is the words of the main clause's subject, after the phrase's comma.</summary>
    private SourcePhrase? InOpeningParticiple(int open, Sentence sentence)
    {
        var first = _doc.WordIs(sentence.First, "but") || _doc.WordIs(sentence.First, "and") ? sentence.First + 1 : sentence.First;
        if (open <= first || !OpensWithParticiple(first))
        {
            return null;
        }
        for (var k = first + 1; k < sentence.Last - 1 && k - first < MaxFrontedPhraseTokens; k++)
        {
            if (_doc.IsChar(k, ',') && !_doc.Tokens[k].InQuote || _doc.Tokens[k].Kind == TokenKind.QuoteClose && _doc.IsChar(k - 1, ','))
            {
                // "though", "however": an aside after the phrase.
                var t = k + 1;
                while (t < sentence.Last - 1 && (Lexicon.Has(Asides, _doc.Word(t)) || _doc.IsChar(t, ',')))
                {
                    t++;
                }
                return k > open ? MainClauseSubject(t, sentence) : null;
            }
        }
        return null;
    }

    private static readonly Lexicons.WordSet Asides = Lexicon.Set("though however too also");
}
