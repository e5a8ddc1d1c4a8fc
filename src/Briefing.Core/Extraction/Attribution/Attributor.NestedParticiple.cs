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
        if (LastWord(text[..cue.Start]) is "while" or "when" or "before" or "after" or "without")
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
