using Briefing.Core.Extraction.Lexicons;

namespace Briefing.Core.Extraction.Attribution;

/// <summary>ReportDropsInnerStatement: "Roe noted that the plan is “dead,” the Courier reported." The report's cue comes
/// after its content, so its statement is committed after the one it reports; DropContainedNested (which looks only
/// backwards from an inner cue) cannot see it. Annotators mark the report and not the statement inside it, so the
/// inner statement of another speaker goes (a participle stays: "…, calling Poe “…,” Roe said" adds a statement) —
/// unless the report is "according to", whose inner statement the app keeps
/// (AccordingToWrapsStatement).</summary>
internal sealed partial class Attributor
{
    private void DropReportedInner(Draft report)
    {
        if (report.Cue is not { } cue || report.Source is not { } source
            || _doc.Text.AsSpan(cue.Start, cue.End - cue.Start).StartsWith("according", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }
        // The report's content must lie before its cue and source; ReportWithTrailingContent lets it go on after them
        // ("“A,” Roe said. “B.”", "…, her aides said, because …"), and then only what lies before them is searched.
        var before = Math.Min(cue.Start, source.Start);
        if (before < report.End && !(_rules.Uses(ExtractionRule.ReportWithTrailingContent) && report.Start < before && !LeadOrAside(report, before)))
        {
            return;
        }
        for (var i = Drafts.Count - 1; i >= 0 && Drafts[i].Sentence == report.Sentence; i--)
        {
            var inner = Drafts[i];
            if (!inner.Participle && inner.Cue is { } innerCue && inner.Source is { } innerSource && report.Contains(inner)
                && inner.End <= before && innerCue.End <= before && innerSource.End <= before
                && report.Overlaps(innerCue) && report.Overlaps(innerSource)
                && !(inner.Speaker is not null && inner.Speaker == report.Speaker))
            {
                Drafts.RemoveAt(i);
            }
        }
    }

    /// <summary>ReportWithTrailingContent keeps the inner statement when what comes before the report's cue is a lead
    /// clause opened by a subordinator ("After Poe said that …, Roe said: “…”": two statements) or when the report is an
    /// aside after a relative or subordinating word ("… of which, many owners say, …", "… all of whom, she explained, …").</summary>
    private bool LeadOrAside(Draft report, int before)
    {
        var first = FirstTokenAtChar(report.Start);
        if (first >= 0 && first < _doc.Tokens.Count && Lexicon.Has(LeadSubordinators, _doc.Word(first)))
        {
            return true;
        }
        var at = FirstTokenAtChar(before);
        return at >= 2 && _doc.IsChar(at - 1, ',') && Lexicon.Has(AsideOpeners, _doc.Word(at - 2));
    }

    private static readonly Lexicons.WordSet LeadSubordinators = Lexicon.Set(
        "after before when while although though whereas if since once because as until unless");

    private static readonly Lexicons.WordSet AsideOpeners = Lexicon.Set("which whom who whose where when that");
}
