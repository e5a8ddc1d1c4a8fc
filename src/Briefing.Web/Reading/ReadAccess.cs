using System.Collections.Concurrent;
using System.Security.Claims;
using Briefing.Data.Displays;
using Briefing.Web.Api;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Briefing.Web.Reading;

/// <summary>Names of the read sign-in: two cookie schemes (a reader, a display screen), their claims and the policy.</summary>
public static class ReadAccess
{
    /// <summary>The policy on every page, the read API and the hubs (also the fallback for endpoints that name none).</summary>
    public const string Policy = "read";

    public const string ReaderScheme = "reader";
    public const string DisplayScheme = "display";
    public const string OidcScheme = "oidc";

    /// <summary>On a signed-in reader: how they signed in ("local" or "oidc").</summary>
    public const string ReaderClaim = "briefing:reader";

    /// <summary>On a display screen: the id of the display link it opened.</summary>
    public const string DisplayClaim = "briefing:display";

    /// <summary>Set on a request that carried the cookie of a revoked display link.</summary>
    internal const string RevokedDisplayItem = "briefing.display-revoked";

    public static bool IsReader(ClaimsPrincipal user) => user.HasClaim(c => c.Type == ReaderClaim);

    public static string? DisplayLinkId(ClaimsPrincipal user) => user.FindFirst(DisplayClaim)?.Value;
}

public sealed class ReadRequirement : IAuthorizationRequirement;

/// <summary>Who may read. Open reading lets everyone in. Closed reading lets in a signed-in reader, a caller with a
/// valid API key (integrations, the hub), and a display screen, which may open the wall page and the circuit that
/// carries it but nothing else. A request carrying a revoked display link's cookie is refused either way, so a
/// revoked wall stops at its next reconnect.</summary>
public sealed class ReadAccessHandler(IOptions<ReadingOptions> options, ApiKeys keys) : AuthorizationHandler<ReadRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ReadRequirement requirement)
    {
        var http = context.Resource as HttpContext;
        if (http?.Items.ContainsKey(ReadAccess.RevokedDisplayItem) == true) return Task.CompletedTask;
        if (!options.Value.RequireSignIn || ReadAccess.IsReader(context.User)
            || (http is not null && keys.IsValid(http.Request.Headers[RequireApiKey.Header].ToString()))
            || (ReadAccess.DisplayLinkId(context.User) is not null && IsWallOrCircuit(context.Resource)))
            context.Succeed(requirement);
        return Task.CompletedTask;
    }

    private static bool IsWallOrCircuit(object? resource) => resource switch
    {
        HttpContext http => http.Request.Path.StartsWithSegments("/wall") || http.Request.Path.StartsWithSegments("/_blazor"),
        Microsoft.AspNetCore.Components.RouteData route => route.PageType == typeof(Components.Pages.Wall.Wall),
        _ => false,
    };
}

/// <summary>Display links as the server sees them: is a link still active (cached for two seconds, so a revocation
/// takes effect within that even on another node), and which wall configuration a screen shows.</summary>
public sealed class DisplayAccess(DisplayLinkStore links, TimeProvider clock)
{
    private static readonly TimeSpan Freshness = TimeSpan.FromSeconds(2);
    private readonly ConcurrentDictionary<string, (bool Active, DateTimeOffset At)> _active = new();

    public bool IsActive(string linkId)
    {
        var now = clock.GetUtcNow();
        if (_active.TryGetValue(linkId, out var cached) && now - cached.At < Freshness) return cached.Active;
        var active = links.IsActive(linkId);
        _active[linkId] = (active, now);
        return active;
    }

    public static ClaimsPrincipal Principal(DisplayLink link) => new(new ClaimsIdentity(
    [
        new Claim(ClaimTypes.Name, $"display: {link.Name}"),
        new Claim(ReadAccess.DisplayClaim, link.Id),
    ], ReadAccess.DisplayScheme));

    /// <summary>The wall query a screen shows: a display link's own when opened through one (or when the viewer is a
    /// display screen and reading is closed, whatever the URL says), else the URL's.</summary>
    public string WallQuery(string? token, ClaimsPrincipal user, bool readingClosed, string urlQuery)
    {
        if (token is not null) return links.FindActive(token)?.WallQuery ?? "";
        if (readingClosed && !ReadAccess.IsReader(user) && ReadAccess.DisplayLinkId(user) is { } id)
            return links.List().FirstOrDefault(l => l.Id == id && l.Active)?.WallQuery ?? "";
        return urlQuery;
    }
}
