using Briefing.Data.Inbox;
using Briefing.Data.Schema;
using Briefing.Data.Sources;
using Dapper;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Briefing.Web.Operations;

/// <summary>Readiness: the store answers a query.</summary>
public sealed class StoreHealthCheck(Database database) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var connection = database.Open();
            connection.ExecuteScalar<int>("SELECT count(*) FROM meta");
            return Task.FromResult(HealthCheckResult.Healthy("The store answers."));
        }
        catch (Exception exception)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("The store does not answer.", exception));
        }
    }
}

/// <summary>Readiness: the inbox has room. Full (writes get 503) is unhealthy; past 80 % of the limit, degraded.</summary>
public sealed class InboxHealthCheck(InboxStore inbox, IOptions<BriefingOptions> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var counts = inbox.Backlog();
        var max = options.Value.MaxPendingArticles;
        var data = new Dictionary<string, object> { ["pending"] = counts.Pending, ["failed"] = counts.Failed, ["maxPending"] = max };
        var result = counts.Pending >= max
            ? HealthCheckResult.Unhealthy($"The inbox is full ({counts.Pending} pending): writes are refused.", data: data)
            : counts.Pending >= max * 0.8
                ? HealthCheckResult.Degraded($"The inbox is filling up ({counts.Pending} of {max} pending).", data: data)
                : HealthCheckResult.Healthy($"{counts.Pending} pending.", data);
        return Task.FromResult(result);
    }
}

/// <summary>Readiness: the feed poller keeps up. A feed whose next poll is more than two minutes overdue means the
/// scheduler has stopped (a failing feed is not overdue: it is rescheduled with backoff, and shows as data only).</summary>
public sealed class FeedPollerHealthCheck(FeedStore feeds, TimeProvider clock) : IHealthCheck
{
    private static readonly TimeSpan Grace = TimeSpan.FromMinutes(2);
    private readonly DateTimeOffset _startedAt = clock.GetUtcNow();

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var all = feeds.List();
        var overdue = all.Count(f => (f.NextPollAt ?? _startedAt) < now - Grace);
        var failing = all.Count(f => f.ConsecutiveFailures > 0);
        var data = new Dictionary<string, object> { ["feeds"] = all.Count, ["overdue"] = overdue, ["failing"] = failing };
        return Task.FromResult(overdue > 0
            ? HealthCheckResult.Unhealthy($"{overdue} feed(s) overdue by more than {Grace.TotalMinutes:0} min: the poller is not running.", data: data)
            : HealthCheckResult.Healthy($"{all.Count} feed(s), {failing} failing.", data));
    }
}
