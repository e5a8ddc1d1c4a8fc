using System.Net;

namespace Briefing.Web.Ingestion.Fetching;

/// <summary>Checks every request against the <see cref="OutboundFetchPolicy"/> and follows redirects itself
/// (at most five), so each hop is checked again: a public feed cannot bounce the server to an internal page.</summary>
public sealed class PolicyRedirectHandler(OutboundFetchPolicy policy) : DelegatingHandler
{
    private const int MaxRedirects = 5;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        for (var hop = 0; ; hop++)
        {
            if (policy.Check(request.RequestUri!) is { } why) throw new FetchRefusedException($"Refused to fetch {Redaction.Url(request.RequestUri!)}: {why}.");
            var response = await base.SendAsync(request, cancellationToken);
            if (!IsRedirect(response.StatusCode) || response.Headers.Location is not { } location) return response;
            response.Dispose();
            if (hop == MaxRedirects) throw new HttpRequestException($"More than {MaxRedirects} redirects.");
            request = Follow(request, new Uri(request.RequestUri!, location));
        }
    }

    private static bool IsRedirect(HttpStatusCode status) => status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found
        or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    /// <summary>The next hop: a GET with the same headers, except credentials when the origin changes.</summary>
    private static HttpRequestMessage Follow(HttpRequestMessage previous, Uri target)
    {
        var next = new HttpRequestMessage(HttpMethod.Get, target) { Version = previous.Version, VersionPolicy = previous.VersionPolicy };
        var sameOrigin = Uri.Compare(previous.RequestUri, target, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0;
        foreach (var (name, values) in previous.Headers)
            if (sameOrigin || !name.Equals("Authorization", StringComparison.OrdinalIgnoreCase))
                next.Headers.TryAddWithoutValidation(name, values);
        return next;
    }
}
