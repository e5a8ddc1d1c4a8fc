using Briefing.Core.Extraction.Text;

namespace Briefing.Core.Extraction.Attribution;

/// <summary>NestedQuoteSplitsOuter: a quoting statement of another speaker inside the content before it.</summary>
internal sealed partial class Attributor
{
    /// <summary>"Roe was asked whether she had paid no tax for years ― Poe boasted, “That makes me smart.”": a nested
    /// statement with its own named or described speaker (not a pronoun, not the outer speaker) that quotes, after a
    /// clause break (comma, dash, semicolon, maybe "and"/"but"), is a statement of its own; the outer content ends before
    /// its source. Returns whether the outer was cut.</summary>
    private bool SplitOuterBefore(Draft inner)
    {
        var outer = Drafts[^1];
        if (inner.Source is not { } source || outer.Content.Count != 1 || inner.Speaker == outer.Speaker
            || outer.Start >= source.Start || outer.End < source.End || !QuotesDirectly(inner))
        {
            return false;
        }
        var first = FirstTokenAtChar(source.Start);
        if (first < 0 || Lexicons.Lexicon.IsSubjectPronoun(_doc.Word(first), out _))
        {
            return false;
        }
        var end = first - 1;
        if (end >= 0 && (_doc.WordIs(end, "and") || _doc.WordIs(end, "but")))
        {
            end--;
        }
        // "She said Poe favors a “strongman approach”": a subject right after a cue or "that" opens the outer content,
        // which annotators keep whole; only a subject after a clause break starts a statement of its own.
        if (end < 0 || _doc.Tokens[end].Kind != TokenKind.Punct || _doc.Tokens[end].InQuote)
        {
            return false;
        }
        while (end >= 0 && _doc.Tokens[end].Kind == TokenKind.Punct)
        {
            end--;
        }
        if (end < 0 || _doc.Tokens[end].End <= outer.Start)
        {
            return false;
        }
        _firstContents.Remove(outer.Content[0]);
        outer.Content[0] = new TextSpan(outer.Start, _doc.Tokens[end].End);
        _firstContents.Add(outer.Content[0]);
        return true;
    }

    /// <summary>NestedSubjectReplacesOuter: "Despite the perceived media attacks, Roe said that “…”", "a star likened to a
    /// symbol, Speaker Ann Roe said “…”" — the outer cue took, across a comma, a clause that opens with another speaker's
    /// subject and cue and quotes: the outer says nothing of its own, so the inner statement replaces it ("according to"
    /// excepted).</summary>
    private bool ReplaceOuterOpenedByInner(Draft inner)
    {
        var outer = Drafts[^1];
        if (inner.Source is not { } source || outer.Content.Count != 1 || outer.Start != source.Start || inner.Speaker == outer.Speaker
            || outer.Cue is not { } outerCue || outerCue.End > source.Start)
        {
            return false;
        }
        // "According to the school's post, Roe said …": the report stays the source annotators give.
        var first = FirstTokenAtChar(source.Start);
        if (first < 1 || !_doc.IsChar(first - 1, ',') || _doc.Tokens[first - 1].Start < outerCue.End || _doc.WordIs(FirstTokenAtChar(outerCue.Start), "according")
            || !QuotesDirectly(inner))
        {
            return false;
        }
        _firstContents.Remove(outer.Content[0]);
        Drafts.RemoveAt(Drafts.Count - 1);
        return true;
    }

    private bool QuotesDirectly(Draft d)
    {
        foreach (var q in _doc.Quotes)
        {
            if (q.Closed && d.Overlaps(new TextSpan(q.Start, q.End)) && q.End - q.Start > 12)
            {
                return true;
            }
        }
        return false;
    }
}
