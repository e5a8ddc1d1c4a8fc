namespace Briefing.Web.Wall;

/// <summary>The panels a wall can show, in their default rotation order.</summary>
public enum WallPanel
{
    Quotes,
    Positions,
    Actors,
    Articles,
}

public static class WallPanels
{
    /// <summary>The URL name of a panel (panels=quotes,actors,articles).</summary>
    public static string Name(this WallPanel panel) => panel.ToString().ToLowerInvariant();

    public static string Title(this WallPanel panel) => panel switch
    {
        WallPanel.Quotes => "Who said what",
        WallPanel.Positions => "Positions",
        WallPanel.Actors => "Most active",
        WallPanel.Articles => "Latest articles",
        _ => panel.ToString(),
    };

    public static bool TryParse(string name, out WallPanel panel) =>
        Enum.TryParse(name.Trim(), ignoreCase: true, out panel) && Enum.IsDefined(panel) && !int.TryParse(name, out _);
}
