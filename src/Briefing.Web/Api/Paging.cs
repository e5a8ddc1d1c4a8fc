using Microsoft.AspNetCore.WebUtilities;

namespace Briefing.Web.Api;

/// <summary>One page of a list endpoint: <c>?limit=&amp;offset=</c>. A full page carries a
/// <c>Link: &lt;…&gt;; rel="next"</c> header (RFC 8288) with the same query and the next offset, so a client can walk a
/// list of any size without knowing it. The body stays a plain JSON array: callers written before paging still work.</summary>
public readonly record struct Page(int Limit, int Offset)
{
    /// <summary>The largest page; no less than 500, so existing <c>limit=</c> callers keep working.</summary>
    public const int MaxLimit = 1000;

    /// <summary>Reads limit and offset, or a 400 problem naming the bad field.</summary>
    public static bool TryRead(int? limit, int? offset, int defaultLimit, out Page page, out IResult? problem)
    {
        page = new Page(limit ?? defaultLimit, offset ?? 0);
        problem = limit is < 1 or > MaxLimit
            ? Invalid($"\"limit\" must be between 1 and {MaxLimit}.")
            : offset is < 0 ? Invalid("\"offset\" must be 0 or more.") : null;
        return problem is null;
    }

    /// <summary>200 with the items, and the next page's link when this page is full.</summary>
    public IResult Ok<T>(HttpContext http, IReadOnlyList<T> items)
    {
        if (items.Count >= Limit) http.Response.Headers.Link = $"<{NextUrl(http.Request)}>; rel=\"next\"";
        return Results.Ok(items);
    }

    /// <summary>Pages a list that is already in memory (small lists: topics, one statement's curations).</summary>
    public IResult OkFrom<T>(HttpContext http, IEnumerable<T> all) =>
        Ok(http, all.Skip(Offset).Take(Limit).ToList());

    private string NextUrl(HttpRequest request)
    {
        var query = request.Query.Where(q => q.Key is not ("limit" or "offset"))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .Append(new("limit", Limit.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Append(new("offset", (Offset + Limit).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return QueryHelpers.AddQueryString(request.PathBase + request.Path, query);
    }

    private static IResult Invalid(string detail) =>
        Results.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Invalid query");
}
