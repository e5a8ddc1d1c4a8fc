namespace Briefing.Web.Wall;

/// <summary>Defaults for wall screens (Briefing:Wall:*); every one can be overridden in the wall's URL.</summary>
public sealed class WallOptions
{
    public int RotateSeconds { get; set; } = 30;
    public int FlashSeconds { get; set; } = 10;
    public int StaleMinutes { get; set; } = 15;
    public int ActivityHours { get; set; } = 6;
    public int MaxItems { get; set; } = 8;
}
