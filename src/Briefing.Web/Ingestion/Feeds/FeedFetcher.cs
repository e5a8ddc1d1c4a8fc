using System.Net;
using System.Net.Http.Headers;
using Briefing.Web.Ingestion.Text;

namespace Briefing.Web.Ingestion.Feeds;

/// <summary>What a conditional GET returned: nothing new (304), or the body and its validators.</summary>
public sealed record FetchedFeed(bool NotModified, string? Body, string? ETag, string? LastModified);

/// <summary>Fetches feeds with conditional GET (If-None-Match / If-Modified-Since) and linked article pages,
/// through the "feeds" client from IHttpClientFactory (timeouts, size limit, decompression).</summary>
public sealed class FeedFetcher(IHttpClientFactory clients)
{
    public const string ClientName = "feeds";

    /// <param name="credentials">"user:password" for HTTP Basic authentication, kept apart from the URL (which is
    /// shown and logged); the redirect handler drops it when a redirect leaves the feed's origin.</param>
    public async Task<FetchedFeed> FetchFeedAsync(string url, string? etag, string? lastModified, CancellationToken cancellationToken,
        string? credentials = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (!string.IsNullOrEmpty(credentials))
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(credentials)));
        if (!string.IsNullOrEmpty(etag) && EntityTagHeaderValue.TryParse(etag, out var tag)) request.Headers.IfNoneMatch.Add(tag);
        if (!string.IsNullOrEmpty(lastModified) && DateTimeOffset.TryParse(lastModified, out var since)) request.Headers.IfModifiedSince = since;
        using var response = await clients.CreateClient(ClientName).SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotModified) return new FetchedFeed(true, null, etag, lastModified);
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"The feed answered {(int)response.StatusCode} {response.ReasonPhrase}.", null, response.StatusCode);
        var body = await ReadTextAsync(response, BodyKind.Xml, cancellationToken);
        return new FetchedFeed(false, body,
            response.Headers.ETag?.ToString(),
            response.Content.Headers.LastModified?.ToString("R"));
    }

    public async Task<string> FetchPageAsync(string url, CancellationToken cancellationToken)
    {
        using var response = await clients.CreateClient(ClientName).GetAsync(url, cancellationToken);
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"The article page answered {(int)response.StatusCode}.", null, response.StatusCode);
        return await ReadTextAsync(response, BodyKind.Html, cancellationToken);
    }

    /// <summary>The body as bytes, decoded like a browser would (BOM, HTTP charset, the document's declaration,
    /// detection): ReadAsStringAsync knows only the first two, so legacy feeds came out as mojibake.</summary>
    private static async Task<string> ReadTextAsync(HttpResponseMessage response, BodyKind kind, CancellationToken cancellationToken)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return TextDecoder.Decode(bytes, response.Content.Headers.ContentType?.CharSet, kind).Text;
    }
}
