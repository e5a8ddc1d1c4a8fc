using Briefing.Data.Displays;
using Microsoft.AspNetCore.Authentication;

namespace Briefing.Web.Reading;

/// <summary>Opens a display link (/wall/d/{token}): an active link signs the screen in with a display cookie (one
/// redirect, so the page and its circuit carry it); an unknown or revoked link gets a plain 403 page without
/// scripts, which is where a revoked wall ends up at its next reconnect.</summary>
public sealed class DisplayLinkGate(RequestDelegate next, DisplayLinkStore links)
{
    public const string Prefix = "/wall/d";

    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments(Prefix, out var rest) || !HttpMethods.IsGet(context.Request.Method))
        {
            await next(context);
            return;
        }
        var token = rest.Value?.Trim('/') ?? "";
        if (links.FindActive(token) is not { } link)
        {
            await context.SignOutAsync(ReadAccess.DisplayScheme);
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(SignInPage.Document("Display link not valid",
                "<main class=\"signin\"><h1>This display link is not valid</h1><p>It may have been revoked. " +
                "Ask an editor for a new link (Displays page).</p></main>"));
            return;
        }
        var current = await context.AuthenticateAsync(ReadAccess.DisplayScheme);
        if (current.Principal is null || ReadAccess.DisplayLinkId(current.Principal) != link.Id)
        {
            await context.SignInAsync(ReadAccess.DisplayScheme, DisplayAccess.Principal(link));
            context.Response.Redirect(context.Request.PathBase + context.Request.Path);
            return;
        }
        await next(context);
    }
}
