using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Briefing.Web.Hosting;

/// <summary>Security headers on every response. The Content-Security-Policy allows scripts only from the app itself
/// plus one per-request nonce (Blazor's import map is the one inline script, App.razor gives it the nonce); styles
/// may be inline because MudBlazor writes its theme and component styles inline. Pages may be framed by the app
/// itself only; walls also by the origins in Briefing:Http:WallFrameAncestors.</summary>
public sealed class SecurityHeaders(RequestDelegate next, IOptions<HttpOptions> options)
{
    private const string NonceKey = "briefing.csp-nonce";

    private readonly string _wallAncestors = string.Join(' ', ["'self'", .. options.Value.WallFrameAncestors]);
    private readonly bool _wallsEmbeddable = options.Value.WallFrameAncestors.Count > 0;

    /// <summary>This request's CSP nonce, for the few inline scripts the framework writes.</summary>
    public static string Nonce(HttpContext context) => context.Items[NonceKey] as string ?? "";

    public Task InvokeAsync(HttpContext context)
    {
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        context.Items[NonceKey] = nonce;
        var path = context.Request.Path;
        var wall = path.StartsWithSegments("/wall");
        var headers = context.Response.Headers;
        // The API reference page (Scalar) boots from an inline script and compiles code at run time; it shows no
        // article text, so only it gets the looser script policy.
        var scripts = path.StartsWithSegments("/scalar") ? "'self' 'unsafe-inline' 'unsafe-eval'" : $"'self' 'nonce-{nonce}'";
        headers.ContentSecurityPolicy =
            $"default-src 'self'; script-src {scripts}; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
            "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; " +
            $"frame-ancestors {(wall ? _wallAncestors : "'self'")}";
        // X-Frame-Options cannot list origins: left out where a wall may be embedded elsewhere (CSP decides there).
        if (!(wall && _wallsEmbeddable)) headers.XFrameOptions = "SAMEORIGIN";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        return next(context);
    }
}
