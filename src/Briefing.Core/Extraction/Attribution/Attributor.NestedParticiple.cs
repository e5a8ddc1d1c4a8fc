using Briefing.Core.Extraction.Cues;
using Briefing.Core.Extraction.Text;

namespace Briefing.Core.Extraction.Attribution;

internal sealed partial class Attributor
{
    /// <summary>NestedParticipleDropped: "The agency reported that Roe welcomed the news, saying the plan was “the right
    /// thing,”" — a participle inside another statement's content is part of what that statement reports, whoever its
    /// subject is: annotators mark the outer statement only. Two participles keep a clause of their own: after a time
    /// subordinator ("…, while chanting, “…”"), and with their own subject right before them, after "of" or "and"
    /// ("footage of Roe saying “…”", "Poe praising the deal and Roe calling it a “great meeting.”").</summary>
    private bool HasOwnSubject(Draft participle)
    {
        if (participle.Cue is not { } cue)
        {
            return false;
        }
        var text = _doc.Text.AsSpan();
        if (Lexicons.Lexicon.IsTimeSubordinator(LastWord(text[..cue.Start])))
        {
            return true;
        }
        return participle.Source is { } source && source.End <= cue.Start && text[source.End..cue.Start].IsWhiteSpace()
            && LastWord(text[..source.Start]) is "of" or "and";
    }

    private static ReadOnlySpan<char> LastWord(ReadOnlySpan<char> before)
    {
        before = before.TrimEnd();
        return before[(before.LastIndexOfAny(' ', '\n') + 1)..];
    }
}

internal sealed partial class Attributor
{
    /// <summary>SharedCueInsideStatement: "Roe said she would like Poe to explain his plan but supports his bid because
    /// there is “no question” …" — "and"/"but" + a cue sharing the subject, inside the content of the statement before,
    /// is part of what that statement reports when the quote comes after it. When the statement has quoted before the
    /// second verb ("called it “reckless” and asserting …") annotators split the two, and both stay.</summary>
    private bool SharedCueInsideStatement(Draft outer, Draft inner, Cue cue)
    {
        var before = cue.First - 1;
        if (!(_doc.WordIs(before, "and") || _doc.WordIs(before, "but")) || !outer.Overlaps(_doc.Tokens[cue.First].Span()) || !Quotes(inner))
        {
            return false;
        }
        for (var t = before; t >= 0 && _doc.Tokens[t].Start >= outer.Start; t--)
        {
            if (_doc.Tokens[t].Kind == TokenKind.QuoteClose)
            {
                return false;
            }
        }
        return true;
    }

    private bool Quotes(Draft d)
    {
        for (var t = FirstTokenAtChar(d.Start); t >= 0 && t < _doc.Tokens.Count && _doc.Tokens[t].Start < d.End; t++)
        {
            if (_doc.Tokens[t].Kind == TokenKind.QuoteOpen)
            {
                return true;
            }
        }
        return false;
    }
}
