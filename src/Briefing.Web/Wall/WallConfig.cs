using System.Globalization;
using Briefing.Data.Actors;
using Briefing.Data.Statements;
using Microsoft.AspNetCore.WebUtilities;

namespace Briefing.Web.Wall;

/// <summary>A wall screen's whole set-up, read from and written to its URL, so one link configures a screen:
/// <c>/wall?panels=quotes,actors&amp;rotate=30&amp;pin=quotes&amp;actors=Aldo Varga&amp;urgent=harbour&amp;theme=dark</c>.
/// Unknown or out-of-range values fall back to defaults rather than failing: a wall must always show something.</summary>
public sealed record WallConfig
{
    public const int MinRotate = 5, MaxRotate = 3600, MaxFlash = 300, MaxStale = 1440, MaxHours = 168, MinItems = 3, MaxItemsLimit = 30;

    public IReadOnlyList<WallPanel> Panels { get; init; } = Enum.GetValues<WallPanel>();
    public WallPanel? Pin { get; init; }
    public int RotateSeconds { get; init; } = 30;
    public IReadOnlyList<string> Actors { get; init; } = [];
    public IReadOnlyList<string> Topics { get; init; } = [];
    public IReadOnlyList<string> Urgent { get; init; } = [];
    public bool Light { get; init; }
    public int FlashSeconds { get; init; } = 10;
    public int StaleMinutes { get; init; } = 15;
    public int ActivityHours { get; init; } = 6;
    public int MaxItems { get; init; } = 8;

    /// <summary>Percent confidence a speaker needs for the wall to name it (<c>speaker=80</c>); see
    /// <see cref="WallOptions.MinSpeakerConfidence"/>. An analyst's correction is certain and always shows.</summary>
    public int MinSpeakerConfidence { get; init; } = WallOptions.DefaultMinSpeakerConfidence;

    /// <summary>Alerts raised for any subscription take over the screen like flashes (<c>alerts=1</c>).</summary>
    public bool Alerts { get; init; }

    public string Theme => Light ? "light" : "dark";

    /// <summary>The statement's speaker when the wall may name it: known, and found with enough confidence.</summary>
    public ActorRef? ConfirmedSpeaker(StatementView statement) =>
        statement.Speaker is { } speaker && statement.Confidence * 100 >= MinSpeakerConfidence - 1e-9 ? speaker : null;

    /// <summary>What the wall prints for who said it: the name, "Speaker unconfirmed", "Unnamed source" (the text
    /// describes a speaker it does not name: "a senior official said", as quote cards say) or "Unattributed".</summary>
    public string SpeakerLabel(StatementView statement) =>
        ConfirmedSpeaker(statement)?.Name ?? statement switch
        {
            { Speaker: not null } => "Speaker unconfirmed",
            { Resolution: "described" } => "Unnamed source",
            _ => "Unattributed",
        };

    /// <summary>True when the screen stays on one panel.</summary>
    public bool Rotates => Pin is null && Panels.Count > 1;

    public static WallConfig Defaults(WallOptions options) => new()
    {
        RotateSeconds = Math.Clamp(options.RotateSeconds, MinRotate, MaxRotate),
        FlashSeconds = Math.Clamp(options.FlashSeconds, 0, MaxFlash),
        StaleMinutes = Math.Clamp(options.StaleMinutes, 1, MaxStale),
        ActivityHours = Math.Clamp(options.ActivityHours, 1, MaxHours),
        MaxItems = Math.Clamp(options.MaxItems, MinItems, MaxItemsLimit),
        MinSpeakerConfidence = Math.Clamp(options.MinSpeakerConfidence, 0, 100),
    };

    /// <summary>Reads a query string ("?a=b&amp;..." or a full URL's query) over the given defaults.</summary>
    public static WallConfig Parse(string? query, WallConfig? defaults = null)
    {
        var d = defaults ?? new WallConfig();
        var q = QueryHelpers.ParseQuery(query);
        string? One(string key) => q.TryGetValue(key, out var v) && !string.IsNullOrWhiteSpace(v.ToString()) ? v.ToString() : null;
        int Int(string key, int fallback, int min, int max) =>
            int.TryParse(One(key), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? Math.Clamp(n, min, max) : fallback;

        var panels = List(One("panels"))
            .Select(name => WallPanels.TryParse(name, out var p) ? p : (WallPanel?)null)
            .OfType<WallPanel>().Distinct().ToList();
        if (panels.Count == 0) panels = [.. d.Panels];
        WallPanel? pin = One("pin") is { } pinName && WallPanels.TryParse(pinName, out var pinned) ? pinned : d.Pin;
        if (pin is { } p && !panels.Contains(p)) panels.Insert(0, p);

        return d with
        {
            Panels = panels,
            Pin = pin,
            RotateSeconds = Int("rotate", d.RotateSeconds, MinRotate, MaxRotate),
            Actors = One("actors") is { } a ? List(a) : d.Actors,
            Topics = One("topics") is { } t ? List(t) : d.Topics,
            Urgent = One("urgent") is { } u ? List(u) : d.Urgent,
            Light = One("theme") is { } theme ? theme.Equals("light", StringComparison.OrdinalIgnoreCase) : d.Light,
            FlashSeconds = Int("flash", d.FlashSeconds, 0, MaxFlash),
            StaleMinutes = Int("stale", d.StaleMinutes, 1, MaxStale),
            ActivityHours = Int("hours", d.ActivityHours, 1, MaxHours),
            MaxItems = Int("max", d.MaxItems, MinItems, MaxItemsLimit),
            MinSpeakerConfidence = Int("speaker", d.MinSpeakerConfidence, 0, 100),
            Alerts = One("alerts") is { } on ? on is "1" or "true" or "on" : d.Alerts,
        };
    }

    /// <summary>The canonical query string ("?panels=...") that <see cref="Parse"/> reads back to an equal config.</summary>
    public string ToQuery()
    {
        var pairs = new List<KeyValuePair<string, string?>>
        {
            new("panels", string.Join(',', Panels.Select(p => p.Name()))),
            new("rotate", Num(RotateSeconds)),
        };
        if (Pin is { } pin) pairs.Add(new("pin", pin.Name()));
        if (Actors.Count > 0) pairs.Add(new("actors", string.Join(',', Actors)));
        if (Topics.Count > 0) pairs.Add(new("topics", string.Join(',', Topics)));
        if (Urgent.Count > 0) pairs.Add(new("urgent", string.Join(',', Urgent)));
        pairs.Add(new("theme", Theme));
        pairs.Add(new("flash", Num(FlashSeconds)));
        pairs.Add(new("stale", Num(StaleMinutes)));
        pairs.Add(new("hours", Num(ActivityHours)));
        pairs.Add(new("max", Num(MaxItems)));
        pairs.Add(new("speaker", Num(MinSpeakerConfidence)));
        if (Alerts) pairs.Add(new("alerts", "1"));
        return QueryString.Create(pairs).ToUriComponent();
    }

    private static string Num(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static List<string> List(string? value) =>
        (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    // Records compare lists by reference; a config read back from its own URL must equal the original.
    public bool Equals(WallConfig? other) => other is not null && ToQuery() == other.ToQuery();

    public override int GetHashCode() => ToQuery().GetHashCode(StringComparison.Ordinal);
}
