using System.Globalization;
using Briefing.Data;
using Microsoft.AspNetCore.WebUtilities;

namespace Briefing.Web.Api;

/// <summary>One page of a list endpoint: <c>?limit=&amp;offset=</c>, and on the long newest-first lists (articles,
/// statements) <c>&amp;after=</c>, a cursor. A full page carries a <c>Link: &lt;…&gt;; rel="next"</c> header (RFC 8288)
/// with the same query and where the next page starts — after the last item where the list has cursors (a deep page
/// then costs what the first does), else the next offset — so a client can walk a list of any size without knowing
/// it. The body stays a plain JSON array: callers written before paging still work.</summary>
public readonly record struct Page(int Limit, int Offset, ListCursor? After = null)
{
    /// <summary>The largest page; no less than 500, so existing <c>limit=</c> callers keep working.</summary>
    public const int MaxLimit = 1000;

    /// <summary>Reads limit, offset and the cursor (<paramref name="after"/>), or a 400 problem naming the bad field.</summary>
    public static bool TryRead(int? limit, int? offset, int defaultLimit, out Page page, out IResult? problem, string? after = null)
    {
        var cursor = ListCursor.Decode(after);
        page = new Page(limit ?? defaultLimit, offset ?? 0, cursor);
        problem = limit is < 1 or > MaxLimit
            ? Invalid($"\"limit\" must be between 1 and {MaxLimit}.")
            : offset is < 0 ? Invalid("\"offset\" must be 0 or more.")
            : after is not null && cursor is null ? Invalid("\"after\" must be a cursor from a Link header.") : null;
        return problem is null;
    }

    /// <summary>200 with the items, and the next page's link (the next offset) when this page is full.</summary>
    public IResult Ok<T>(HttpContext http, IReadOnlyList<T> items)
    {
        if (items.Count >= Limit) Next(http, ("offset", (Offset + Limit).ToString(CultureInfo.InvariantCulture)));
        return Results.Ok(items);
    }

    /// <summary>200 with the items, and the next page's link (after the last item) when this page is full.</summary>
    public IResult Ok<T>(HttpContext http, IReadOnlyList<T> items, Func<T, ListCursor> cursorOf)
    {
        if (items.Count >= Limit) Next(http, ("after", cursorOf(items[^1]).Encode()));
        return Results.Ok(items);
    }

    /// <summary>Pages a list that is already in memory (small lists: topics, one statement's curations).</summary>
    public IResult OkFrom<T>(HttpContext http, IEnumerable<T> all) =>
        Ok(http, all.Skip(Offset).Take(Limit).ToList());

    private void Next(HttpContext http, (string Key, string Value) start)
    {
        var request = http.Request;
        var query = request.Query.Where(q => q.Key is not ("limit" or "offset" or "after"))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .Append(new("limit", Limit.ToString(CultureInfo.InvariantCulture)))
            .Append(new(start.Key, start.Value));
        http.Response.Headers.Link = $"<{QueryHelpers.AddQueryString(request.PathBase + request.Path, query)}>; rel=\"next\"";
    }

    private static IResult Invalid(string detail) =>
        Results.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Invalid query");
}
