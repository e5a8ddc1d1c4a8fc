using Briefing.Core.Extraction.Cues;
using Briefing.Core.Extraction.Lexicons;
using Briefing.Core.Extraction.Text;

namespace Briefing.Core.Extraction.Attribution;

internal sealed partial class Attributor
{
    // Verbs that take a dummy "it" before an adjective: "made it clear that …", "finds it hard to …".
    private static readonly Lexicons.WordSet DummyItVerbs = Lexicon.Set("make makes made making find finds found finding");

    /// <summary>DummyItObject: "Roe made it clear that …", "…, making it clear that …" — the "it" before the adjective cue
    /// is a placeholder for the that-clause, not a speaker: the subject of "made" speaks. Returns that subject, the
    /// original phrase when it is not such an "it", or null when the verb has no subject of its own (a participle).</summary>
    private SourcePhrase? DummyItSubject(SourcePhrase left, Sentence sentence)
    {
        var verb = left.First - 1;
        if (!_rules.Uses(ExtractionRule.DummyItObject) || left.Last - left.First != 1 || !_doc.WordIs(left.First, "it")
            || verb < sentence.First || _doc.Tokens[verb].InQuote || !Lexicon.Has(DummyItVerbs, _doc.Word(verb)))
        {
            return left;
        }
        return SourceFinder.Left(_doc, verb, sentence.First, IsPerson, _rules.Uses(ExtractionRule.ContractedPronounSubject), _rules.Uses(ExtractionRule.ParentheticalPhrase),
            _rules.Uses(ExtractionRule.RoleBeforeName))
            ?? ClauseSubject(verb, sentence);
    }

    // Words before "that" which make it a conjunction or a demonstrative, not a relative pronoun.
    private static readonly Lexicons.WordSet NotAntecedents = Lexicon.Set("""
        so now such given except and or but that this is are was were be been being has have had not only
        """);

    /// <summary>"also introduced rhetoric that …": a lower-case past form, adverb or auxiliary ends the antecedent.</summary>
    private bool IsVerbLike(int t) =>
        !_doc.Tokens[t].Capitalized && _doc.Word(t) is var w
        && (w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("ly", StringComparison.Ordinal) || Lexicon.IsAuxiliary(w) || Lexicon.IsVerbAdverb(w));

    // Things said, beside the issued documents: "a comment that …", "a speech that …".
    private static readonly Lexicons.WordSet SpokenThings = Lexicon.Set("comment comments remark remarks speech speeches ads videos letters");

    /// <summary>RelativeThatAntecedent: "a super PAC that backed Roe", "a new poll that shows …" — a restrictive "that"
    /// right before a finite cue is a relative pronoun: the noun phrase it follows, with "that", is the source (its head
    /// the speaker), not a name earlier in the clause. Null when "that" follows a verb, a comma or a function word.</summary>
    private SourcePhrase? RelativeThat(int that, Cue cue, Sentence sentence)
    {
        var before = that - 1;
        if (!_rules.Uses(ExtractionRule.RelativeThatAntecedent) || (cue.Flags & CueFlags.Participle) != 0 || !_doc.WordIs(that, "that")
            || before < sentence.First || _doc.Tokens[before].Kind != TokenKind.Word || _doc.Tokens[before].InQuote)
        {
            return null;
        }
        var w = _doc.Word(before);
        if (Lexicon.Has(NotAntecedents, w) || Lexicon.Has(NotSourceWords, w) || Lexicon.CueOf(w) != CueFlags.None || w.EndsWith("ly", StringComparison.Ordinal)
            || Lexicon.IsSubjectPronoun(w, out _))
        {
            return null;
        }
        // The antecedent: back over the words of its noun phrase to a determiner, a preposition or punctuation.
        var first = before;
        while (first - 1 >= sentence.First && before - first < 5 && _doc.Tokens[first - 1].Kind == TokenKind.Word && !_doc.Tokens[first - 1].InQuote
               && !Lexicon.Has(NotSourceWords, _doc.Word(first - 1)) && Lexicon.CueOf(_doc.Word(first - 1)) == CueFlags.None && !IsVerbLike(first - 1))
        {
            first--;
            if (Lexicon.Has(PhraseDeterminers, _doc.Word(first)))
            {
                break;
            }
        }
        // "Roe released a letter from her doctor that says …", "made a comment that described …": something said or
        // issued is the object of its author's verb; the author speaks, so leave the cue to the clause subject.
        for (var k = before; k >= sentence.First && before - k < 8 && _doc.Tokens[k].Kind == TokenKind.Word && !_doc.Tokens[k].InQuote; k--)
        {
            if (Lexicon.Has(IssuedDocuments, _doc.Word(k)) || Lexicon.Has(SpokenThings, _doc.Word(k)))
            {
                return null;
            }
        }
        return new SourcePhrase(first, that + 1, first, before + 1, false);
    }

    /// <summary>QuestionToYouIsNoStatement: "Do you support the levy?", "What do you think of the plan?" — a question put
    /// to the reader (or an interviewee) with "you" as the subject of the cue states nothing: no statement.</summary>
    private bool IsQuestionToYou(SourcePhrase left, Sentence sentence) =>
        _rules.Uses(ExtractionRule.QuestionToYouIsNoStatement) && left.Last - left.First == 1 && _doc.WordIs(left.First, "you")
        && sentence.Last - 1 > left.First && _doc.IsChar(sentence.Last - 1, '?') && !_doc.Tokens[left.First].InQuote;
}
