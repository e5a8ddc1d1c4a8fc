namespace Briefing.Data.Alerts;

// The views are property records, not positional ones: Dapper fills them by column name, converting SQLite's
// INTEGER to int and the TEXT timestamps through the global DateTimeOffset handler.

/// <summary>What a subscription watches for.</summary>
public static class AlertKinds
{
    public const string PositionChanged = "position-changed";
    public const string NewStatement = "new-statement";
    public const string Carried = "carried";

    public static readonly IReadOnlyList<string> All = [PositionChanged, NewStatement, Carried];
}

/// <summary>A subscription as the API and the alerts page show it (the webhook secret never leaves the server).</summary>
public sealed record SubscriptionView
{
    public long Id { get; init; }
    public string Name { get; init; } = "";
    public string? ActorId { get; init; }
    public string? ActorName { get; init; }
    public string? TopicId { get; init; }
    public string? TopicName { get; init; }
    public string Kind { get; init; } = "";
    public int MinOutlets { get; init; }
    public string? WebhookUrl { get; init; }
    public string CreatedBy { get; init; } = "";
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Whether an event about <paramref name="actorId"/> on any of <paramref name="topicIds"/> concerns this
    /// subscription (its actor and topic, when set, must match).</summary>
    public bool Matches(string? actorId, IEnumerable<string> topicIds) =>
        (ActorId is null || ActorId == actorId) && (TopicId is null || topicIds.Contains(TopicId));
}

public sealed record NewSubscription(
    string Name, string? ActorId, string? TopicId, string Kind, int MinOutlets, string? WebhookUrl, string? Secret, string CreatedBy);

/// <summary>One alert raised for one subscription.</summary>
public sealed record AlertView
{
    public long Id { get; init; }
    public long SubscriptionId { get; init; }
    public string SubscriptionName { get; init; } = "";
    public string Kind { get; init; } = "";
    public string Title { get; init; } = "";
    public string Detail { get; init; } = "";
    public string? Link { get; init; }
    public string? ActorId { get; init; }
    public string? TopicId { get; init; }
    public DateTimeOffset RaisedAt { get; init; }
}

/// <summary>One webhook delivery attempt: the HTTP status, or the error when there was no answer.</summary>
public sealed record DeliveryView
{
    public long Id { get; init; }
    public long AlertId { get; init; }
    public string Url { get; init; } = "";
    public int Attempt { get; init; }
    public int? Status { get; init; }
    public string? Error { get; init; }
    public long DurationMs { get; init; }
    public DateTimeOffset AttemptedAt { get; init; }
}

/// <summary>A quote whose article has been carried by at least a subscription's number of outlets.</summary>
public sealed record CarriedQuote
{
    public string StatementId { get; init; } = "";
    public string ArticleId { get; init; } = "";
    public string? ActorId { get; init; }
    public string? ActorName { get; init; }
    public string Text { get; init; } = "";
    public int Outlets { get; init; }
}
