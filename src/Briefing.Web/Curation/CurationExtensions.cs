using Briefing.Data.Curation;

namespace Briefing.Web.Curation;

public static class CurationExtensions
{
    /// <summary>Analysts' corrections (wrong speaker, not a statement), recorded and pushed live.</summary>
    public static WebApplicationBuilder AddCuration(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<CurationStore>();
        builder.Services.AddSingleton<Curator>();
        return builder;
    }
}
