using System.Globalization;
using System.Text;
using Briefing.Core.Extraction;
using Briefing.Core.Positions;
using Briefing.Data.Briefs;
using Briefing.Data.Inbox;

namespace Briefing.Web.Briefs;

/// <summary>The brief as Markdown, for pasting into mail or a document. Article text is escaped so that it can never
/// become markup, a link or a table cell boundary; only http(s) URLs become links.</summary>
public static class BriefMarkdown
{
    public static string Render(Brief brief, Uri appBase)
    {
        var md = new StringBuilder();
        md.AppendLine($"# {Escape(brief.Title)}").AppendLine();
        md.AppendLine($"{Escape(brief.Scope)} — generated {Time(brief.GeneratedAt)} · {brief.Statements.Count} statement{(brief.Statements.Count == 1 ? "" : "s")}" +
                      (brief.Truncated ? $" (the newest {BriefBuilder.MaxStatements})" : "")).AppendLine();

        md.AppendLine("## Positions").AppendLine();
        if (brief.Positions.Count == 0) md.AppendLine("_No positions in this window._");
        else
        {
            md.AppendLine("| Topic | Actor | Stance | Confidence | Last seen | Summary |").AppendLine("|---|---|---|---|---|---|");
            foreach (var p in brief.Positions)
                md.AppendLine($"| {Cell(p.Topic.Name)} | {Cell(p.Actor.Name)} | {StanceNames.Of(p.Stance)}{(p.ShiftedFrom is { } was ? $" (was {StanceNames.Of(was)})" : "")} | " +
                              $"{p.Confidence.ToString("0.00", CultureInfo.InvariantCulture)} | {Time(p.LastSeen)} | {Cell(p.Summary)} |");
        }
        md.AppendLine();

        md.AppendLine("## Positions that changed").AppendLine();
        if (brief.Changed.Count == 0) md.AppendLine("_No position changed in this window._");
        foreach (var p in brief.Changed)
            md.AppendLine($"- **{Escape(p.Actor.Name)}** on **{Escape(p.Topic.Name)}**: {(p.ShiftedFrom is { } from ? StanceNames.Of(from) : "")} → {StanceNames.Of(p.Stance)} ({Time(p.ShiftedAt!.Value)}) — {Escape(p.Summary)}");
        md.AppendLine();

        md.AppendLine("## Most-carried quotes").AppendLine();
        if (brief.MostCarried.Count == 0) md.AppendLine("_No statement here was carried by more than one outlet._");
        foreach (var s in brief.MostCarried)
        {
            md.AppendLine($"- **{s.Outlets} outlets** — {Speaker(s)}:").AppendLine($"  > {Escape(s.Text)}");
            md.AppendLine($"  {Sources(s, appBase)}");
        }
        md.AppendLine();

        md.AppendLine("## Who said what").AppendLine();
        if (brief.Statements.Count == 0) md.AppendLine("_Nothing matches these filters._");
        foreach (var group in brief.BySpeaker)
        {
            md.AppendLine($"### {Escape(group.Key)} ({group.Count()})").AppendLine();
            foreach (var s in group)
            {
                var stances = s.DefiniteStances.Count == 0 ? "" : " · " + string.Join("; ", s.DefiniteStances.Select(t =>
                    $"{Escape(t.Topic.Name)}: {StanceNames.Of(t.Stance)} ({t.Confidence.ToString("0.00", CultureInfo.InvariantCulture)})"));
                md.AppendLine($"- {Time(s.At)} · {s.Kind}{Guess(s)}{stances}").AppendLine($"  > {Escape(s.Text)}");
                md.AppendLine($"  {Sources(s, appBase)}");
            }
            md.AppendLine();
        }
        return md.ToString();
    }

    private static string Speaker(BriefStatement s) =>
        s.Speaker is null ? "_no named speaker_" : $"**{Escape(s.Speaker.Name)}**{(string.IsNullOrWhiteSpace(s.SpeakerRole) ? "" : ", " + Escape(s.SpeakerRole))}{Guess(s)}";

    /// <summary>" · _speaker unconfirmed_" after a speaker who is more likely wrong than right.</summary>
    private static string Guess(BriefStatement s) =>
        s.Speaker is not null && SpeakerConfidence.IsGuess(s.Confidence) ? $" · _{SpeakerConfidence.GuessNote}_" : "";

    /// <summary>"[Outlet: title](url) · [in Briefing](…) · also carried by: [Other](url), …".</summary>
    private static string Sources(BriefStatement s, Uri appBase)
    {
        var source = Link($"{s.Source ?? "Source"}: {s.ArticleTitle}", s.Url);
        var inApp = Link("in Briefing", new Uri(appBase, $"articles/{Uri.EscapeDataString(s.ArticleId)}#{Uri.EscapeDataString(s.Id)}").ToString());
        var line = $"{source} · {inApp}";
        if (s.AlsoCarriedBy.Count > 0) line += " · also carried by: " + string.Join(", ", s.AlsoCarriedBy.Select(Copy));
        return line;
    }

    private static string Copy(CarriedBy copy) => Link(copy.Source ?? copy.Title, copy.Url);

    private static string Link(string text, string? url) =>
        BriefLinks.SafeUrl(url) is { } safe
            ? $"[{Escape(text)}]({safe.Replace("(", "%28").Replace(")", "%29").Replace(" ", "%20")})"
            : Escape(text);

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    private static string Cell(string text) => Escape(text).Replace("|", "\\|");

    /// <summary>Backslash-escapes Markdown punctuation and folds line breaks, so article text stays plain text.</summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text.Trim())
        {
            if (c is '\r' or '\n') { sb.Append(' '); continue; }
            // Inline markup anywhere; block markers (#, +, -) only where a line could start.
            if ("\\`*_[]<>|~&".Contains(c) || (sb.Length == 0 && "#+-!=".Contains(c))) sb.Append('\\');
            sb.Append(c);
        }
        return sb.ToString();
    }
}

/// <summary>Which URLs a brief may turn into links.</summary>
public static class BriefLinks
{
    public static string? SafeUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.AbsoluteUri
            : null;
}
