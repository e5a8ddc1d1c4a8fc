using Briefing.Web.Limits;
using Microsoft.Extensions.Options;

namespace Briefing.Web.Editing;

public static class EditingExtensions
{
    /// <summary>One <see cref="EditorSession"/> per circuit, all of them known to <see cref="EditorSessions"/>
    /// (keys re-checked every second), with failed sign-ins throttled per page and per client address.</summary>
    public static IServiceCollection AddEditing(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddSingleton<EditorSessions>();
        services.AddHostedService(provider => provider.GetRequiredService<EditorSessions>());
        services.AddScoped(provider =>
        {
            var limits = provider.GetRequiredService<IOptions<LimitsOptions>>().Value;
            // The circuit starts inside its connection's request, so the client address is known here.
            var client = provider.GetRequiredService<IHttpContextAccessor>().HttpContext?.Connection.RemoteIpAddress?.ToString();
            return new EditorSession(
                provider.GetRequiredService<Api.ApiKeys>().NameOf,
                provider.GetRequiredService<IOptions<BriefingOptions>>().Value.RequireSignInToEdit,
                provider.GetRequiredService<EditorSessions>(),
                client is null ? null : provider.GetRequiredService<SignInThrottle>(),
                client ?? "unknown",
                limits.SignInFailuresPerCircuit);
        });
        return services;
    }
}
