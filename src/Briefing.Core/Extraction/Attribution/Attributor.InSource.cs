using Briefing.Core.Extraction.Actors;
using Briefing.Core.Extraction.Lexicons;
using Briefing.Core.Extraction.Text;

namespace Briefing.Core.Extraction.Attribution;

/// <summary>"In a Courier poll released Monday, Roe leads by four points." / "In his statement, the plan is called a
/// failure.": a sentence that opens with "In" + a document or poll, then a comma, and has no cue of its own reports
/// what that document says. The phrase after "In" is the source, "In" the cue, the rest of the sentence the content.</summary>
internal sealed partial class Attributor
{
    private const int MaxInSourceWords = 14;

    private static readonly Lexicons.WordSet DocumentNouns = Lexicon.Set("""
        poll polls survey surveys study studies report reports statement interview letter memo op-ed column editorial
        speech tweet post filing analysis ruling email book essay video ad testimony
        """);

    // A speaker's own words, as opposed to a poll, study, report or ruling that is a source in itself.
    private static readonly Lexicons.WordSet OwnWordsNouns = Lexicon.Set("""
        statement interview letter memo op-ed column speech tweet post email essay testimony remarks address
        """);

    private static readonly Lexicons.WordSet QuestionedVerbs = Lexicon.Set("asked told pressed questioned");

    private bool OwnWords(int from, int comma)
    {
        for (var t = from; t < comma && t - from < 4; t++)
        {
            if (Lexicon.Has(OwnWordsNouns, _doc.Word(t)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>InOwnWordsSubject: the subject opening the clause after the comma — a named person or organisation after
    /// at most three lower-case modifiers ("presidential nominee Jane Roe"), or a personal pronoun.</summary>
    private SourcePhrase? SubjectAfterComma(int comma, int end)
    {
        for (var t = comma + 1; t <= end && t - comma <= 4; t++)
        {
            var tok = _doc.Tokens[t];
            if (tok.Kind != TokenKind.Word || tok.InQuote)
            {
                return null;
            }
            if (Lexicon.IsSubjectPronoun(_doc.Word(t), out _) && t == comma + 1 && !_doc.WordIs(t, "it") && !_doc.WordIs(t, "who"))
            {
                return new SourcePhrase(t, t + 1, t, t + 1, false);
            }
            if (_actors.TokenActor[t] is var i and >= 0)
            {
                var run = _actors.RunEnd[t];
                var possessive = run < _doc.Tokens.Count && (_doc.WordIs(run, "'s") || _doc.WordIs(run, "’s"));
                // "In an interview, Roe was asked …": the one questioned is not the author of the interview.
                var questioned = Lexicon.Has(RaisingAux, _doc.Word(run)) && Lexicon.Has(QuestionedVerbs, _doc.Word(run + 1));
                return _actors.Actors[i].Kind == ActorKind.Place || possessive || questioned || _actors.RunStart[t] != t ? null
                    : new SourcePhrase(comma + 1, run, t, run, false);
            }
            if (tok.Capitalized)
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>A sentence opening with "In" (after a leading and/but) and a phrase of at least one word up to its comma,
    /// before <paramref name="limit"/> and within <see cref="MaxInSourceWords"/>, one of whose words is in
    /// <paramref name="nouns"/> ("In a Courier poll released Monday,"): the tokens of "In" and of the comma.</summary>
    private (int In, int Comma)? OpeningInPhrase(Sentence sentence, int limit, Lexicons.WordSet nouns)
    {
        var first = sentence.First;
        if (_doc.WordIs(first, "and") || _doc.WordIs(first, "but"))
        {
            first++;
        }
        if (!_doc.WordIs(first, "in") || _doc.Tokens[first].InQuote)
        {
            return null;
        }
        var named = false;
        for (var t = first + 1; t < limit && t - first <= MaxInSourceWords; t++)
        {
            if (_doc.IsChar(t, ','))
            {
                return named && t >= first + 2 ? (first, t) : null;
            }
            named |= _doc.Tokens[t].Kind == TokenKind.Word && Lexicon.Has(nouns, _doc.Word(t));
        }
        return null;
    }

    private void InSource(int s, Sentence sentence, int cuesInSentence)
    {
        if (cuesInSentence > 0 || OpeningInPhrase(sentence, sentence.Last, DocumentNouns) is not (int first, int comma))
        {
            return;
        }
        var end = sentence.Last - 1;
        while (end > comma && ContentFinder.IsTrailing(_doc, end))
        {
            end--;
        }
        if (end <= comma + 2)
        {
            return;
        }
        var source = new SourcePhrase(first + 1, comma, first + 1, comma, false);
        // "In a statement issued Tuesday, Senator Jane Roe was more cautious": the author of her own words speaks.
        if (_rules.Uses(ExtractionRule.InOwnWordsSubject) && OwnWords(first + 1, comma) && SubjectAfterComma(comma, end) is { } author)
        {
            source = author;
        }
        var (actor, how) = _resolver.Resolve(source, null);
        var d = new Draft
        {
            Cue = _doc.Tokens[first].Span(),
            Sentence = s,
            Source = _doc.SpanOf(source.First, source.Last),
            Speaker = actor,
            How = how,
        };
        d.Content.Add(new TextSpan(_doc.Tokens[comma + 1].Start, _doc.Tokens[end].End));
        Commit(d, nested: false);
    }
}
