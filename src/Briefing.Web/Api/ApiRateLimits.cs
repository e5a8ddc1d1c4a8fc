using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Briefing.Web.Api;

/// <summary>Write requests are rate limited per API key (a token bucket each); over the limit is a 429 with
/// Retry-After. Requests without a valid key share one bucket, so guessing keys cannot flood the server.</summary>
public static class ApiRateLimits
{
    public const string PerKey = "per-api-key";

    /// <summary>Edits per key: each topic change re-classifies every stored statement, so far fewer than articles.</summary>
    public const string Edits = "edits-per-api-key";

    public static IServiceCollection AddApiRateLimits(this IServiceCollection services) =>
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(PerKey, http =>
            {
                var perSecond = Math.Max(1, http.RequestServices.GetRequiredService<IOptions<BriefingOptions>>().Value.ApiRequestsPerSecond);
                return RateLimitPartition.GetTokenBucketLimiter(KeyOf(http), _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = perSecond,
                    TokensPerPeriod = perSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
            limiter.AddPolicy(Edits, http =>
            {
                var perMinute = Math.Max(1, http.RequestServices.GetRequiredService<IOptions<BriefingOptions>>().Value.ApiEditsPerMinute);
                return RateLimitPartition.GetTokenBucketLimiter(KeyOf(http), _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = perMinute,
                    TokensPerPeriod = Math.Max(1, perMinute / 60),
                    ReplenishmentPeriod = TimeSpan.FromSeconds(perMinute >= 60 ? 1 : 60.0 / perMinute),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
                    ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 1;
                await ApiProblems.WriteAsync(context.HttpContext, StatusCodes.Status429TooManyRequests, "Too many requests",
                    $"This API key is limited to its share of requests per second; retry after {retryAfter} s.", retryAfter);
            };
        });

    private static string KeyOf(HttpContext http) =>
        http.RequestServices.GetRequiredService<ApiKeys>().NameOf(http.Request.Headers[RequireApiKey.Header].ToString()) ?? "(no valid key)";
}

/// <summary>Problem-details answers that carry a Retry-After header (429, 503).</summary>
internal static class ApiProblems
{
    public static IResult RetryLater(int status, string title, string detail, int retryAfterSeconds) =>
        new RetryAfterResult(Results.Problem(detail, statusCode: status, title: title), retryAfterSeconds);

    public static Task WriteAsync(HttpContext http, int status, string title, string detail, int retryAfterSeconds) =>
        RetryLater(status, title, detail, retryAfterSeconds).ExecuteAsync(http);

    public static IResult InboxFull(int maxPending) => RetryLater(StatusCodes.Status503ServiceUnavailable, "Inbox full",
        $"The inbox holds {maxPending:N0} articles waiting for extraction, its limit; retry shortly.", retryAfterSeconds: 2);

    private sealed class RetryAfterResult(IResult inner, int seconds) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return inner.ExecuteAsync(httpContext);
        }
    }
}
