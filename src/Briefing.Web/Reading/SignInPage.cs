using Briefing.Web.Limits;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Briefing.Web.Reading;

/// <summary>The reader sign-in: a plain HTML form (no script; works before any circuit exists), the OpenID Connect
/// hand-off, and sign-out. Everything echoed back is HTML-encoded; forms carry an antiforgery token.</summary>
public static class SignInPage
{
    public static WebApplication MapSignIn(this WebApplication app)
    {
        var group = app.MapGroup("").AllowAnonymous().ExcludeFromDescription();
        group.MapGet("/signin", (HttpContext http, string? returnUrl) => Form(http, returnUrl, failed: false));
        // Antiforgery is checked by hand so that a failure answers with the form and a 400, not an empty error.
        group.MapPost("/signin", async (HttpContext http, [FromForm] SignInForm form, LocalReaders readers, IAntiforgery antiforgery,
            SignInThrottle throttle) =>
        {
            if (!await antiforgery.IsRequestValidAsync(http)) return Form(http, form.ReturnUrl, failed: true, StatusCodes.Status400BadRequest);
            // The same per-address throttle as the editor sign-in: passwords cannot be guessed at speed.
            var client = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
            if (throttle.Wait(client) is { TotalSeconds: > 0 } wait)
            {
                http.Response.Headers.RetryAfter = Math.Ceiling(wait.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
                return Form(http, form.ReturnUrl, failed: true, StatusCodes.Status429TooManyRequests);
            }
            if (readers.Verify(form.Name, form.Password) is not { } name)
            {
                throttle.Failed(client);
                return Form(http, form.ReturnUrl, failed: true);
            }
            var identity = new System.Security.Claims.ClaimsIdentity(
            [
                new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.Name, name),
                new System.Security.Claims.Claim(ReadAccess.ReaderClaim, "local"),
            ], ReadAccess.ReaderScheme);
            await http.SignInAsync(ReadAccess.ReaderScheme, new System.Security.Claims.ClaimsPrincipal(identity));
            return Results.LocalRedirect(Local(form.ReturnUrl));
        }).DisableAntiforgery();
        group.MapGet("/signin/oidc", (string? returnUrl, IOptions<ReadingOptions> options) => options.Value.Oidc.Enabled
            ? Results.Challenge(new AuthenticationProperties { RedirectUri = Local(returnUrl) }, [ReadAccess.OidcScheme])
            : Results.NotFound());
        group.MapPost("/signout", async (HttpContext http, IAntiforgery antiforgery) =>
        {
            if (!await antiforgery.IsRequestValidAsync(http)) return Form(http, "/", failed: false, StatusCodes.Status400BadRequest);
            await http.SignOutAsync(ReadAccess.ReaderScheme);
            return Results.LocalRedirect("/signin");
        }).DisableAntiforgery();
        return app;
    }

    public sealed class SignInForm
    {
        public string? Name { get; set; }
        public string? Password { get; set; }
        public string? ReturnUrl { get; set; }
    }

    /// <summary>Only paths on this site: a crafted returnUrl cannot send a reader elsewhere.</summary>
    private static string Local(string? url) =>
        url is { Length: > 0 } && url.StartsWith('/') && !url.StartsWith("//") && !url.StartsWith("/\\") ? url : "/";

    private static IResult Form(HttpContext http, string? returnUrl, bool failed, int? status = null)
    {
        var options = http.RequestServices.GetRequiredService<IOptions<ReadingOptions>>().Value;
        var readers = http.RequestServices.GetRequiredService<LocalReaders>();
        var tokens = http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http);
        var e = HtmlEncoder.Default;
        var back = e.Encode(Local(returnUrl));
        var body = new System.Text.StringBuilder("<main class=\"signin\"><h1>Sign in to read Briefing</h1>");
        if (status == StatusCodes.Status429TooManyRequests)
            body.Append("<p class=\"signin-error\" role=\"alert\">Too many failed sign-ins from this address. Try again in a minute.</p>");
        else if (failed) body.Append("<p class=\"signin-error\" role=\"alert\">That name and password do not match.</p>");
        if (readers.Any)
            body.Append($"""
                <form method="post" action="/signin">
                  <input type="hidden" name="{e.Encode(tokens.FormFieldName)}" value="{e.Encode(tokens.RequestToken!)}" />
                  <input type="hidden" name="returnUrl" value="{back}" />
                  <label>Name <input name="name" id="reader-name" autocomplete="username" required maxlength="200" /></label>
                  <label>Password <input name="password" id="reader-password" type="password" autocomplete="current-password" required maxlength="500" /></label>
                  <button type="submit" id="reader-sign-in">Sign in</button>
                </form>
                """);
        if (options.Oidc.Enabled)
            body.Append($"<p><a class=\"signin-oidc\" href=\"/signin/oidc?returnUrl={e.Encode(Uri.EscapeDataString(Local(returnUrl)))}\">Sign in with {e.Encode(options.Oidc.DisplayName)}</a></p>");
        if (!readers.Any && !options.Oidc.Enabled)
            body.Append("<p>Reading needs sign-in, but no sign-in method is configured (Briefing:Reading:Users or Briefing:Reading:Oidc).</p>");
        body.Append("</main>");
        return Results.Content(Document("Sign in · Briefing", body.ToString()), "text/html; charset=utf-8",
            statusCode: status ?? (failed ? StatusCodes.Status401Unauthorized : StatusCodes.Status200OK));
    }

    /// <summary>A minimal page in the app's stylesheet; <paramref name="body"/> must already be encoded.</summary>
    internal static string Document(string title, string body) => $"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{HtmlEncoder.Default.Encode(title)}</title><link rel="stylesheet" href="/app.css" /></head>
        <body>{body}</body></html>
        """;
}
