namespace Briefing.Web.Ingestion.Fetching;

/// <summary>URLs as they may be shown on a page or written to a log: no user name or password, no query string
/// (tokens live there), no fragment.</summary>
public static class Redaction
{
    public static string Url(Uri url) =>
        url.IsAbsoluteUri ? $"{url.Scheme}://{url.Authority}{url.AbsolutePath}{(url.Query.Length > 1 ? "?…" : "")}" : "(relative URL)";

    public static string Url(string? url) =>
        url is null ? "" : Uri.TryCreate(url, UriKind.Absolute, out var uri) ? Url(uri) : "(invalid URL)";
}
