namespace Briefing.Core.Positions;

/// <summary>Cues by which a speaker rejects what follows ("refuted criticism that…", "pushed back on concerns that…",
/// "denied that…"): the content is the view they reject, so its stance is theirs reversed.</summary>
public static class RejectionCues
{
    private static readonly string[] Stems =
    [
        "refut", "push back", "pushed back", "pushing back", "pushes back", "den", "reject", "dismiss", "disput",
        "rebut", "brush off", "brushed off", "brushing off", "brushes off", "scoff", "deride", "derided", "mock",
        "contest", "repudiat",
    ];

    public static bool IsRejection(string? cue)
    {
        if (string.IsNullOrWhiteSpace(cue)) return false;
        var text = cue.Trim().ToLowerInvariant();
        foreach (var stem in Stems)
        {
            // "den" only as deny/denies/denied/denying, not "dense".
            if (stem == "den" ? text is "deny" or "denies" or "denied" or "denying" : text.StartsWith(stem, StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    public static Stance Reverse(Stance stance) => stance switch
    {
        Stance.Supports => Stance.Opposes,
        Stance.Opposes => Stance.Supports,
        _ => stance,
    };
}
