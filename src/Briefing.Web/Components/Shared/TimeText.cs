namespace Briefing.Web.Components.Shared;

/// <summary>Short human times for a screen that stays open: "just now", "4 min ago", "yesterday 14:05".</summary>
public static class TimeText
{
    public static string Ago(DateTimeOffset when, DateTimeOffset now)
    {
        var elapsed = now - when;
        if (elapsed < TimeSpan.FromSeconds(45)) return "just now";
        if (elapsed < TimeSpan.FromMinutes(60)) return $"{Math.Max(1, (int)elapsed.TotalMinutes)} min ago";
        if (elapsed < TimeSpan.FromHours(24)) return $"{(int)elapsed.TotalHours} h ago";
        return when.ToLocalTime().ToString("d MMM HH:mm");
    }
}
