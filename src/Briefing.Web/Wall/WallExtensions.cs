using Briefing.Data.Statements;

namespace Briefing.Web.Wall;

public static class WallExtensions
{
    /// <summary>The wall display (/wall): its defaults (Briefing:Wall) and the activity query it shows.</summary>
    public static WebApplicationBuilder AddWall(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<WallOptions>().BindConfiguration($"{BriefingOptions.Section}:Wall");
        builder.Services.AddSingleton<ActivityQueries>();
        return builder;
    }
}
