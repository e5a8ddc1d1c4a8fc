using Briefing.Core.Extraction.Lexicons;
using Briefing.Core.Extraction.Text;

namespace Briefing.Core.Extraction.Attribution;

internal sealed partial class Attributor
{
    // What may open the asker's phrase: a determiner ("a reporter", "the host") or a capitalised word ("Jane Roe").
    private static readonly Lexicons.WordSet AskerOpeners = Lexicon.Set("a an the one another");

    /// <summary>AskedByAgent: "Asked by a reporter whether …", "Roe was asked by host Jane Poe about …" — the one who asks
    /// is the source of the question: the phrase between "by" and the question word (or the comma) names the asker.
    /// Returns the phrase, or null when "by" does not open a short noun phrase right there.</summary>
    private SourcePhrase? AskerAfterBy(int by, Sentence sentence) => _rules.Uses(ExtractionRule.AskedByAgent) ? AgentAfterBy(by, sentence) : null;

    /// <summary>The short noun phrase that "by" opens ("by a reporter", "by host Jane Poe, …"), or null.</summary>
    private SourcePhrase? AgentAfterBy(int by, Sentence sentence)
    {
        if (!_doc.WordIs(by, "by") || by + 1 >= sentence.Last)
        {
            return null;
        }
        var first = by + 1;
        var tok = _doc.Tokens[first];
        if (tok.Kind != TokenKind.Word || tok.InQuote || !(tok.Capitalized || Lexicon.Has(AskerOpeners, _doc.Word(first)) || Lexicon.IsSpeakerNoun(_doc.Word(first))))
        {
            return null;
        }
        var end = first;
        while (end < sentence.Last && end - first < 8 && _doc.Tokens[end].Kind is TokenKind.Word && !_doc.Tokens[end].InQuote
               && !IsQuestionWord(end) && !Lexicon.IsTimeWord(_doc.Word(end)) && !_doc.WordIs(end, "on") && !_doc.WordIs(end, "during")
               && !(end > first && (_doc.WordIs(end, "last") || _doc.WordIs(end, "this"))))
        {
            end++;
        }
        // "pressed by ABC's host, Jane Roe, about …": an appositive name after a comma belongs to the asker.
        if (end < sentence.Last && _doc.IsChar(end, ',') && end + 1 < sentence.Last && _doc.Tokens[end + 1].Capitalized)
        {
            var k = end + 1;
            while (k < sentence.Last && k - end <= 4 && _doc.Tokens[k].Kind == TokenKind.Word && _doc.Tokens[k].Capitalized)
            {
                k++;
            }
            if (k < sentence.Last && _doc.IsChar(k, ','))
            {
                end = k;
            }
        }
        if (end == first || end - first >= 8)
        {
            return null;
        }
        // The name part: the last capitalised run ("host Jane Roe"), else the whole phrase ("a reporter").
        var nameLast = end;
        while (nameLast > first && !_doc.Tokens[nameLast - 1].Capitalized)
        {
            nameLast--;
        }
        if (nameLast == first)
        {
            return new SourcePhrase(first, end, first, end, false);
        }
        var nameFirst = nameLast - 1;
        while (nameFirst > first && _doc.Tokens[nameFirst - 1].Capitalized)
        {
            nameFirst--;
        }
        return new SourcePhrase(first, end, nameFirst, nameLast, false);
    }

    /// <summary>Sets the asker (if one is named after "by") as the source of a question draft; returns the token after
    /// the asker's phrase, where the question's content starts, or <paramref name="by"/> when no asker is named.</summary>
    private int SetAsker(Draft d, int by, Sentence sentence)
    {
        if (AskerAfterBy(by, sentence) is not { } asker)
        {
            return by;
        }
        var (actor, how) = _resolver.Resolve(asker, LastDraft);
        d.Source = _doc.SpanOf(asker.First, asker.Last);
        d.Speaker = actor;
        d.How = how;
        var next = asker.Last;
        return next < sentence.Last && _doc.IsChar(next, ',') ? next + 1 : next;
    }
}
