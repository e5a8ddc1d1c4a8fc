using System.Net;
using Briefing.Data.Schema;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Briefing.Web.Hosting;

public static class DeployExtensions
{
    /// <summary>What a deployment needs beyond `dotnet run`: static assets outside the published folder, data-protection
    /// keys in the store, the reverse proxy's forwarded headers, HTTPS when behind TLS, request size limits.</summary>
    public static WebApplicationBuilder AddDeployment(this WebApplicationBuilder builder)
    {
        // `dotnet run -c Release` (build output, not published) only serves CSS and scripts with the static web assets
        // manifest, which the host reads by itself only in Development. In a published folder there is no manifest
        // and this does nothing: the assets are in wwwroot there.
        builder.WebHost.UseStaticWebAssets();

        builder.Services.AddOptions<HttpOptions>().BindConfiguration(HttpOptions.Section);
        var http = builder.Configuration.GetSection(HttpOptions.Section).Get<HttpOptions>() ?? new HttpOptions();
        var briefing = builder.Configuration.GetSection(BriefingOptions.Section).Get<BriefingOptions>() ?? new BriefingOptions();

        builder.Services.AddSingleton<DataProtectionKeyStore>();
        builder.Services.AddDataProtection().SetApplicationName("Briefing");
        builder.Services.AddOptions<KeyManagementOptions>().Configure<DataProtectionKeyStore>((options, store) =>
            options.XmlRepository = new StoreXmlRepository(store));

        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            foreach (var proxy in http.KnownProxies) options.KnownProxies.Add(IPAddress.Parse(proxy));
            foreach (var network in http.KnownNetworks) options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        });
        builder.Services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(http.HstsDays);
            options.IncludeSubDomains = false;
        });

        // One ceiling for every request body; the article API checks its own, smaller limits (413 problem details).
        var maxBody = http.MaxRequestBodyBytes ?? Math.Max(briefing.MaxBatchBytes, briefing.MaxArticleBytes) + 64 * 1024;
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = maxBody);
        builder.Services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(forms =>
        {
            forms.MultipartBodyLengthLimit = 64 * 1024;
            forms.ValueLengthLimit = 16 * 1024;
            forms.ValueCountLimit = 64;
        });
        // The security headers set X-Frame-Options themselves (walls may be framed where configured).
        builder.Services.Configure<AntiforgeryOptions>(options => options.SuppressXFrameOptionsHeader = true);
        return builder;
    }

    /// <summary>Forwarded headers first (so scheme and client address are the real ones), then HTTPS and the
    /// security headers on every response.</summary>
    public static WebApplication UseDeployment(this WebApplication app)
    {
        var http = app.Services.GetRequiredService<IOptions<HttpOptions>>().Value;
        if (http.ForwardedHeaders) app.UseForwardedHeaders();
        if (http.RequireHttps)
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }
        app.UseMiddleware<SecurityHeaders>();
        return app;
    }
}
