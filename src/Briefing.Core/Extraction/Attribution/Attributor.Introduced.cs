using Briefing.Core.Extraction.Actors;
using Briefing.Core.Extraction.Text;

namespace Briefing.Core.Extraction.Attribution;

/// <summary>Quotes with no cue of their own that a colon introduces: "Roe released the following statement: “…”",
/// "Roe interjected:" ending a paragraph, "Some headline - Jane Roe:". The verb before the colon is often none we
/// know as a cue, but the colon still hands the quote to that clause's subject — not to the previous speaker.</summary>
internal sealed partial class Attributor
{
    private Draft? ColonIntroducedQuote(Quotes.QuoteSpan quote)
    {
        if (!_rules.Uses(ExtractionRule.ColonIntroduced))
        {
            return null;
        }
        var open = FirstTokenAtChar(quote.Start);
        var colon = open - 1;
        // The colon right before the quote, in its paragraph or ending the one before it.
        if (open <= 0 || !_doc.IsChar(colon, ':') || _doc.Tokens[colon].InQuote || quote.Paragraph - _doc.Tokens[colon].Paragraph > 1)
        {
            return null;
        }
        var s = _sentenceOfToken[colon];
        var sentence = _doc.Sentences[s];
        if (colon - sentence.First < 1 || _skip[sentence.Paragraph])
        {
            return null;
        }
        if ((SignedAfterDash(colon, sentence) ?? ColonFromDocument(colon, sentence)
             ?? LastClauseSubject(colon, sentence) ?? ClauseSubject(colon, sentence) ?? ColonFollowsPhrase(colon, sentence)) is not { } subject)
        {
            return null;
        }
        return QuoteDraft(s, subject, quote, null);
    }

    /// <summary>"She got so upset that I had to change my answer:": the colon closes the last clause, so its subject
    /// speaks, not the sentence's.</summary>
    private SourcePhrase? LastClauseSubject(int colon, Sentence sentence)
    {
        for (var t = colon - 1; t > sentence.First; t--)
        {
            if (!_doc.Tokens[t].InQuote && (Lexicons.Lexicon.Has(ClauseJoiners, _doc.Word(t)) || _doc.IsChar(t, ';')))
            {
                return SubjectBetween(t + 1, colon);
            }
        }
        return null;
    }

    private static readonly Lexicons.WordSet ClauseJoiners = Lexicons.Lexicon.Set("that and but so");

    /// <summary>"What the polls missed - Jane Roe:": a name after the last dash of the line is the author quoted.</summary>
    private SourcePhrase? SignedAfterDash(int colon, Sentence sentence)
    {
        for (var t = colon - 1; t > sentence.First && colon - t <= 6; t--)
        {
            if (!IsDashToken(t))
            {
                continue;
            }
            for (var k = t + 1; k < colon; k++)
            {
                if (_actors.TokenActor[k] >= 0 && _actors.Actors[_actors.TokenActor[k]].Kind != ActorKind.Place)
                {
                    return new SourcePhrase(_actors.RunStart[k], _actors.RunEnd[k], _actors.RunStart[k], _actors.RunEnd[k], false);
                }
            }
            return null;
        }
        return null;
    }

    /// <summary>A one-character dash (hyphen, en or em dash); "--" is not one (see <see cref="IsWritersDash"/>).</summary>
    private bool IsDashToken(int t) => _doc.IsChar(t, '-') || _doc.IsChar(t, '\u2014') || _doc.IsChar(t, '\u2013');
}
