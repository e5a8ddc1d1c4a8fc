using Briefing.Web.Editing;
using MudBlazor.Services;

namespace Briefing.Web.Components;

public static class UiExtensions
{
    public static WebApplicationBuilder AddBriefingUi(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        builder.Services.AddSingleton<Pages.Dashboard.DashboardLatest>(); // shared by every open dashboard
        builder.Services.AddScoped<Shared.LiveViews>(); // one live subscription and render batch per circuit
        builder.Services.AddEditing();   // edit rights per circuit, re-checked on every action
        return builder;
    }

    /// <summary>Errors become problem details for API callers and a friendly page for people.</summary>
    public static WebApplication UseBriefingErrorHandling(this WebApplication app)
    {
        app.UseWhen(IsApi, api =>
        {
            api.UseExceptionHandler(new ExceptionHandlerOptions
            {
                // A query string that does not bind (limit=abc) is the caller's mistake: 400, not 500.
                StatusCodeSelector = exception => exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
            });
            api.UseStatusCodePages();
        });
        app.UseWhen(context => !IsApi(context), ui =>
        {
            ui.UseExceptionHandler("/Error", createScopeForErrors: true);
            ui.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        });
        return app;
    }

    private static bool IsApi(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/hubs");

    public static WebApplication MapBriefingUi(this WebApplication app)
    {
        app.UseAntiforgery();
        // Stylesheets and scripts are public (the sign-in page uses them); pages read under the "read" policy.
        app.MapStaticAssets().AllowAnonymous();
        var embeddable = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Hosting.HttpOptions>>().Value.WallFrameAncestors.Count > 0;
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode(server =>
        {
            // SecurityHeaders sends frame-ancestors itself (walls may be embedded where configured). Compressed
            // WebSockets in a page framed by another origin are a known risk, so walls that may be framed go without.
            server.ContentSecurityFrameAncestorsPolicy = null;
            server.DisableWebSocketCompression = embeddable;
        });
        return app;
    }
}
