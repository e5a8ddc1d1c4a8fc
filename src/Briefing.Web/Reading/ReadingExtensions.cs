using System.Security.Claims;
using Briefing.Data.Displays;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;

namespace Briefing.Web.Reading;

public static class ReadingExtensions
{
    /// <summary>Read sign-in (off by default): a reader cookie filled by the local user list or OpenID Connect, a
    /// display cookie for wall screens opened through a display link, and the "read" policy on everything.</summary>
    public static WebApplicationBuilder AddReading(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ReadingOptions>().BindConfiguration(ReadingOptions.Section);
        var reading = builder.Configuration.GetSection(ReadingOptions.Section).Get<ReadingOptions>() ?? new ReadingOptions();
        builder.Services.AddSingleton<LocalReaders>();
        builder.Services.AddSingleton<DisplayLinkStore>();
        builder.Services.AddSingleton<DisplayAccess>();
        builder.Services.AddSingleton<IAuthorizationHandler, ReadAccessHandler>();

        var authentication = builder.Services.AddAuthentication(ReadAccess.ReaderScheme)
            .AddCookie(ReadAccess.ReaderScheme, cookie =>
            {
                Harden(cookie, ".Briefing.Reader");
                cookie.ExpireTimeSpan = TimeSpan.FromHours(reading.SessionHours);
                cookie.SlidingExpiration = true;
            })
            .AddCookie(ReadAccess.DisplayScheme, cookie =>
            {
                Harden(cookie, ".Briefing.Display");
                // A screen stays up for months; the link's revocation, not the cookie's age, ends it.
                cookie.ExpireTimeSpan = TimeSpan.FromDays(400);
                cookie.Events.OnValidatePrincipal = context =>
                {
                    var access = context.HttpContext.RequestServices.GetRequiredService<DisplayAccess>();
                    if (ReadAccess.DisplayLinkId(context.Principal!) is not { } id || !access.IsActive(id))
                    {
                        context.RejectPrincipal();
                        context.HttpContext.Items[ReadAccess.RevokedDisplayItem] = true;
                    }
                    return Task.CompletedTask;
                };
            });
        if (reading.Oidc.Enabled)
        {
            authentication.AddOpenIdConnect(ReadAccess.OidcScheme, oidc =>
            {
                oidc.Authority = reading.Oidc.Authority;
                oidc.ClientId = reading.Oidc.ClientId;
                oidc.ClientSecret = reading.Oidc.ClientSecret;
                oidc.RequireHttpsMetadata = reading.Oidc.RequireHttpsMetadata;
                oidc.ResponseType = "code";
                oidc.UsePkce = true;
                oidc.SignInScheme = ReadAccess.ReaderScheme;
                oidc.MapInboundClaims = false;
                oidc.TokenValidationParameters.NameClaimType = "name";
                oidc.Scope.Add("profile");
                oidc.Events.OnTokenValidated = context =>
                {
                    // Everyone the office's provider signs in may read; the claim marks how.
                    var identity = (ClaimsIdentity)context.Principal!.Identity!;
                    identity.AddClaim(new Claim(ReadAccess.ReaderClaim, "oidc"));
                    return Task.CompletedTask;
                };
            });
        }

        builder.Services.AddAuthorization(authorization =>
        {
            var read = new AuthorizationPolicyBuilder(ReadAccess.ReaderScheme, ReadAccess.DisplayScheme)
                .AddRequirements(new ReadRequirement()).Build();
            authorization.AddPolicy(ReadAccess.Policy, read);
            // Every endpoint that names no policy (the API, the hubs, Blazor's circuit endpoint) reads under this one.
            authorization.FallbackPolicy = read;
        });
        builder.Services.AddCascadingAuthenticationState();
        return builder;
    }

    private static void Harden(CookieAuthenticationOptions cookie, string name)
    {
        cookie.Cookie.Name = name;
        cookie.Cookie.HttpOnly = true;
        cookie.Cookie.SameSite = SameSiteMode.Lax;
        cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        cookie.LoginPath = "/signin";
        cookie.AccessDeniedPath = "/signin";
        // Programs (API, hubs, Blazor's circuit) get a 401 problem, not a redirect to an HTML page.
        cookie.Events.OnRedirectToLogin = context => Refuse(context, StatusCodes.Status401Unauthorized);
        cookie.Events.OnRedirectToAccessDenied = context => Refuse(context, StatusCodes.Status403Forbidden);
    }

    private static Task Refuse(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        // The read policy challenges both cookie schemes; the first one answers.
        if (context.Response.HasStarted) return Task.CompletedTask;
        var path = context.Request.Path;
        if (path.StartsWithSegments("/api") || path.StartsWithSegments("/hubs"))
        {
            context.Response.StatusCode = status;   // the API's status-code pages turn it into problem details
            return Task.CompletedTask;
        }
        if (path.StartsWithSegments("/_blazor"))
        {
            // A body of its own, so the pages' status-code handling does not turn it into a page.
            context.Response.StatusCode = status;
            context.Response.ContentType = "text/plain; charset=utf-8";
            return context.Response.WriteAsync("Reading needs sign-in.");
        }
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    public static WebApplication UseReading(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseMiddleware<DisplayLinkGate>();
        app.UseAuthorization();
        return app;
    }

    public static WebApplication MapReading(this WebApplication app)
    {
        app.MapSignIn();
        return app;
    }
}
