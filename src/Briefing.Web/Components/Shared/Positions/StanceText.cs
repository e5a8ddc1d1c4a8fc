using Briefing.Core.Positions;
using Briefing.Data.Positions;
using MudBlazor;

namespace Briefing.Web.Components.Shared.Positions;

/// <summary>How a stance looks everywhere: supports green, opposes red, mixed amber, unclear grey.</summary>
public static class StanceText
{
    // The one place a stance becomes a colour or a label; wire names (CSS classes, data attributes) come from Core's
    // StanceNames.
    public static Color ColorOf(Stance stance) => stance switch
    {
        Stance.Supports => Color.Success,
        Stance.Opposes => Color.Error,
        Stance.Mixed => Color.Warning,
        _ => Color.Default,
    };

    public static string Label(Stance stance) => stance switch
    {
        Stance.Supports => "Supports",
        Stance.Opposes => "Opposes",
        Stance.Mixed => "Mixed",
        _ => "Unclear",
    };

    /// <summary>The wire name (CSS class, data attribute): "supports", "opposes", "mixed", "unclear".</summary>
    public static string NameOf(Stance stance) => StanceNames.Of(stance);

    /// <summary>An earlier stance that may not exist ("" when none).</summary>
    public static string NameOf(Stance? stance) => stance is { } known ? StanceNames.Of(known) : "";

    /// <summary>A definite stance below the <c>LowConfidence</c> setting: shown dimmed with a "?" (a wrong position on
    /// a wall is worse than none). The setting is read once per circuit through <see cref="LowConfidenceOf"/>.</summary>
    public static bool IsLow(Stance stance, double confidence, double threshold) =>
        stance is not Stance.Unclear && confidence < threshold;

    public static double LowConfidenceOf(IServiceProvider services) =>
        services.GetService<Microsoft.Extensions.Options.IOptions<BriefingOptions>>()?.Value.LowConfidence ?? 0.5;

    public static string Percent(double confidence) => $"{Math.Round(confidence * 100):0}%";

    /// <summary>The key of an actor × topic cell (for NEW and SHIFT marks).</summary>
    public static string KeyOf(string actorId, string topicId) => actorId + "\u001f" + topicId;

    public static string KeyOf(PositionView position) => KeyOf(position.Actor.Id, position.Topic.Id);

    public static string Plural(long count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";

    /// <summary>The evidence link: the article page, scrolled to the statement's highlighted mark.</summary>
    public static string EvidenceHref(EvidenceView evidence) =>
        $"articles/{Uri.EscapeDataString(evidence.ArticleId)}#{Uri.EscapeDataString(evidence.StatementId)}";

    /// <summary>Hover text for a cell: stance, confidence and the latest evidence, plain text.</summary>
    public static string Tooltip(PositionView position)
    {
        var latest = position.Evidence.Count > 0 ? position.Evidence[0] : null;
        var head = $"{position.Actor.Name} · {position.Topic.Name}: {Label(position.Stance)} ({Percent(position.Confidence)})";
        if (position.ShiftedFrom is { } from && position.ShiftedAt is not null) head += $" · shifted from {NameOf(from)}";
        return latest is null ? head : $"{head}\nLatest: “{Briefing.Core.Positions.PositionSummary.Excerpt(latest.Text)}” — {latest.ArticleTitle}";
    }
}
