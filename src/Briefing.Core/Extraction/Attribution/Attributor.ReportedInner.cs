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
        if (report.Cue is not { } cue || cue.Start < report.End || report.Source is not { } source || source.Start < report.End
            || _doc.Text.AsSpan(cue.Start, cue.End - cue.Start).StartsWith("according", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }
        for (var i = Drafts.Count - 1; i >= 0 && Drafts[i].Sentence == report.Sentence; i--)
        {
            var inner = Drafts[i];
            if (!inner.Participle && inner.Cue is { } innerCue && inner.Source is { } innerSource && report.Contains(inner)
                && report.Overlaps(innerCue) && report.Overlaps(innerSource)
                && !(inner.Speaker is not null && inner.Speaker == report.Speaker))
            {
                Drafts.RemoveAt(i);
            }
        }
    }
}
