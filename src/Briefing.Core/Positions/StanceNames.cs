namespace Briefing.Core.Positions;

/// <summary>The one mapping between <see cref="Stance"/> and its wire name ("supports", "opposes", "mixed",
/// "unclear"; "none" for a topic a statement does not address). Files, APIs, URLs and the store all use these.</summary>
public static class StanceNames
{
    public const string None = "none";

    public static readonly IReadOnlyList<string> All = ["supports", "opposes", "mixed", "unclear"];

    public static string Of(Stance stance) => stance switch
    {
        Stance.Supports => "supports",
        Stance.Opposes => "opposes",
        Stance.Mixed => "mixed",
        _ => "unclear",
    };

    /// <summary>An example's label: "none" for <see cref="Stance.Unclear"/> (no stance on the topic).</summary>
    public static string LabelOf(Stance stance) => stance == Stance.Unclear ? None : Of(stance);

    /// <summary>A stored stance: anything unknown reads as <see cref="Stance.Unclear"/>.</summary>
    public static Stance Read(string? name) => Parse(name) ?? Stance.Unclear;

    /// <summary>A stance by wire name (any case); null when unknown.</summary>
    public static Stance? Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "supports" => Stance.Supports,
        "opposes" => Stance.Opposes,
        "mixed" => Stance.Mixed,
        "unclear" => Stance.Unclear,
        _ => null,
    };

    /// <summary>An example's label: supports, opposes, or none/unclear (no stance on the topic). Also accepts the
    /// benchmark spellings FAVOR / AGAINST / NONE.</summary>
    public static Stance? ParseLabel(string? label) => label?.Trim().ToLowerInvariant() switch
    {
        "supports" or "favor" or "favour" => Stance.Supports,
        "opposes" or "against" => Stance.Opposes,
        "none" or "unclear" => Stance.Unclear,
        _ => null,
    };
}
