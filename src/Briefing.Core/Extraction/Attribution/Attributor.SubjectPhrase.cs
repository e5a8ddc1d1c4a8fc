using Briefing.Core.Extraction.Cues;
using Briefing.Core.Extraction.Lexicons;
using Briefing.Core.Extraction.Text;

namespace Briefing.Core.Extraction.Attribution;

/// <summary>PhraseSubjectBeforeVerb: a clause whose subject is a lower-case noun phrase, not a name.</summary>
internal sealed partial class Attributor
{
    private const int MaxSubjectPhraseWords = 6;

    /// <summary>"Several harbour groups granted Roe an extension, saying …", "A familiar voice praised the plan on
    /// Radio Ostrava: “…”": a determiner or quantity phrase of lower-case words opening the clause, right before its
    /// finite verb, is the clause subject; a name after that verb is its object, not the speaker. Null unless the phrase
    /// ends before <paramref name="cue"/> and is followed by a verb.</summary>
    private SourcePhrase? PhraseBeforeVerb(int from, int cue)
    {
        return _rules.Uses(ExtractionRule.PhraseSubjectBeforeVerb) ? SubjectPhrase(from, cue) : null;
    }

    /// <summary>The lower-case subject phrase opening a clause at <paramref name="from"/>, right before its finite verb
    /// (before <paramref name="cue"/>), or null.</summary>
    private SourcePhrase? SubjectPhrase(int from, int cue)
    {
        if (from >= cue)
        {
            return null;
        }
        var first = from;
        if (_doc.WordIs(first, "and") || _doc.WordIs(first, "but"))
        {
            first++;
        }
        if (first >= cue || !IsSubjectPhraseWord(first, opening: true))
        {
            return null;
        }
        var w = _doc.Word(first);
        var opens = Lexicon.Has(PhraseOpeners, w) || Lexicon.IsQuantity(w) || _doc.Tokens[first].Kind == TokenKind.Number;
        for (var k = first + 1; k < cue && k - first <= MaxSubjectPhraseWords; k++)
        {
            if (IsFiniteVerb(k))
            {
                var head = k - 1;
                // "the plan of" / "a": the phrase needs a noun at its end; an opener alone ("Several said") is another rule's.
                if (head == first || _doc.WordIs(head, "of") || Lexicon.Has(PhraseOpeners, _doc.Word(head)))
                {
                    return null;
                }
                // "The mines would be placed in a “trust”": the subject of a passive is no speaker.
                return (opens || Lexicon.LooksPlural(_doc.Word(head))) && !IsPassiveAt(k, cue) ? new SourcePhrase(first, k, first, k, false) : null;
            }
            if (!_doc.WordIs(k, "of") && !IsSubjectPhraseWord(k, opening: false))
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>The cue, and the name found after the phrase's verb, are in the phrase's clause: no clause word ("after
    /// Roe had said", "though Poe is", "that rates will") or dash opens a clause of its own before them, and the name is no
    /// subject pronoun ("the house my husband and I bought"). Then the name is an object.</summary>
    private bool SameClause(SourcePhrase phrase, SourcePhrase? found, int cue)
    {
        if (found is { } f && (f.First < phrase.Last
            || f.Last - f.First == 1 && Lexicon.IsSubjectPronoun(_doc.Word(f.First), out _) && !_doc.WordIs(f.First, "it")))
        {
            return false;
        }
        for (var k = phrase.Last; k < cue; k++)
        {
            // "The talk is predictable - Roe has vowed …": a dash, colon or semicolon also starts another clause.
            if (!_doc.Tokens[k].InQuote && (_doc.Tokens[k].Kind == TokenKind.Word && Lexicon.Has(ClauseOpeningWords, _doc.Word(k))
                || IsDashToken(k) || _doc.IsChar(k, ';') || _doc.IsChar(k, ':')))
            {
                return false;
            }
        }
        return true;
    }

    private static readonly Lexicons.WordSet ClauseOpeningWords = Lexicon.Set("""
        that which who whom whose when while because although though if since after before whether where whereas unless until once
        """);

    /// <summary>A word that can stand in a lower-case subject phrase: no name, pronoun, cue word, verb or clause word;
    /// only the sentence's first word may be capitalised.</summary>
    private bool IsSubjectPhraseWord(int k, bool opening)
    {
        var tok = _doc.Tokens[k];
        if (tok.InQuote || _actors.TokenActor[k] >= 0)
        {
            return false;
        }
        if (tok.Kind == TokenKind.Number)
        {
            return true;
        }
        if (tok.Kind != TokenKind.Word || tok.Capitalized && !(opening && (IsSentenceStart(k) || _doc.IsChar(k - 1, ','))))
        {
            return false;
        }
        var w = _doc.Word(k);
        return !Lexicon.IsSubjectPronoun(w, out _) && Lexicon.CueOf(w) == CueFlags.None && !Lexicon.Has(PhraseBreakers, w)
               && !Lexicon.Has(ClauseBoundaries, w) && !Lexicon.Has(ObjectPrepositions, w) && !IsFiniteVerb(k)
               && !w.EndsWith("'s", StringComparison.Ordinal) && !w.EndsWith("\u2019s", StringComparison.Ordinal);
    }

    private bool IsSentenceStart(int k) => k == 0 || _sentenceOfToken[k - 1] != _sentenceOfToken[k];

    /// <summary>The verb group at <paramref name="k"/> is passive: a form of "be" then a past participle.</summary>
    private bool IsPassiveAt(int k, int end)
    {
        var be = false;
        for (; k < end && _doc.Tokens[k].Kind == TokenKind.Word && !_doc.Tokens[k].InQuote; k++)
        {
            var w = _doc.Word(k);
            if (Lexicon.Has(PassiveBe, w))
            {
                be = true;
            }
            else if (!Lexicon.IsAuxiliary(w) && !Lexicon.IsVerbAdverb(w) && !Lexicon.Has(Perfect, w))
            {
                return be && (w.EndsWith("ed", StringComparison.Ordinal) || Lexicon.Has(IrregularPasts, w));
            }
        }
        return false;
    }

    /// <summary>A past tense, an auxiliary or a cue word: the verb that ends a subject phrase.</summary>
    private bool IsFiniteVerb(int k)
    {
        var tok = _doc.Tokens[k];
        if (tok.Kind != TokenKind.Word || tok.InQuote || tok.Capitalized)
        {
            return false;
        }
        var w = _doc.Word(k);
        return w.Length >= 4 && w.EndsWith("ed", StringComparison.Ordinal) || Lexicon.Has(IrregularPasts, w) || Lexicon.IsAuxiliary(w)
               || Lexicon.Has(BeHave, w) || Lexicon.CueOf(w) != CueFlags.None && !w.EndsWith("ing", StringComparison.Ordinal);
    }
}
