using Briefing.Data.Schema;
using Dapper;

namespace Briefing.Data.Alerts;

/// <summary>Alert subscriptions, the alerts raised for them (once per subscription and cause) and the webhook
/// delivery log.</summary>
public sealed class AlertStore(Database database, TimeProvider clock)
{
    private const string SelectSubscriptions =
        """
        SELECT s.id AS Id, s.name AS Name, s.actor_id AS ActorId, a.name AS ActorName, s.topic_id AS TopicId, t.name AS TopicName,
               s.kind AS Kind, s.min_outlets AS MinOutlets, s.webhook_url AS WebhookUrl, s.created_by AS CreatedBy, s.created_at AS CreatedAt
        FROM alert_subscriptions s LEFT JOIN actors a ON a.id = s.actor_id LEFT JOIN topics t ON t.id = s.topic_id
        """;

    private const string SelectAlerts =
        """
        SELECT al.id AS Id, al.subscription_id AS SubscriptionId, s.name AS SubscriptionName, al.kind AS Kind, al.title AS Title,
               al.detail AS Detail, al.link AS Link, al.actor_id AS ActorId, al.topic_id AS TopicId, al.raised_at AS RaisedAt
        FROM alerts al JOIN alert_subscriptions s ON s.id = al.subscription_id
        """;

    public long AddSubscription(NewSubscription s)
    {
        using var connection = database.Open();
        return connection.ExecuteScalar<long>(
            """
            INSERT INTO alert_subscriptions (name, actor_id, topic_id, kind, min_outlets, webhook_url, secret, created_by, created_at)
            VALUES (@Name, @ActorId, @TopicId, @Kind, @MinOutlets, @WebhookUrl, @Secret, @CreatedBy, @now) RETURNING id
            """, new { s.Name, s.ActorId, s.TopicId, s.Kind, s.MinOutlets, s.WebhookUrl, s.Secret, s.CreatedBy, now = clock.GetUtcNow() });
    }

    public IReadOnlyList<SubscriptionView> Subscriptions()
    {
        using var connection = database.Open();
        return connection.Query<SubscriptionView>($"{SelectSubscriptions} ORDER BY s.id").AsList();
    }

    /// <summary>Every subscription of one kind, oldest first: read once for a burst of events and matched in memory
    /// with <see cref="SubscriptionView.Matches"/> (subscriptions are a user's handful; at a thousand articles a second, one query per statement was
    /// most of the alert work, and nearly always found nothing).</summary>
    public IReadOnlyList<SubscriptionView> OfKind(string kind)
    {
        using var connection = database.Open();
        return connection.Query<SubscriptionView>($"{SelectSubscriptions} WHERE s.kind = @kind ORDER BY s.id", new { kind }).AsList();
    }

    /// <summary>The subscriptions of one kind that an event about this actor and topic matches (null = any): one
    /// rule, <see cref="SubscriptionView.Matches"/>, for this and the burst matching over <see cref="OfKind"/>.</summary>
    public IReadOnlyList<SubscriptionView> Matching(string kind, string? actorId, IReadOnlyCollection<string> topicIds) =>
        OfKind(kind).Where(s => s.Matches(actorId, topicIds)).ToList();

    public bool DeleteSubscription(long id)
    {
        using var connection = database.Open();
        return connection.Execute("DELETE FROM alert_subscriptions WHERE id = @id", new { id }) > 0;
    }

    /// <summary>Where and how to sign a subscription's webhook; null when it has none.</summary>
    public (string Url, string Secret)? WebhookOf(long subscriptionId)
    {
        using var connection = database.Open();
        var row = connection.QuerySingleOrDefault<(string? Url, string? Secret)>(
            "SELECT webhook_url, secret FROM alert_subscriptions WHERE id = @subscriptionId", new { subscriptionId });
        return row.Url is null ? null : (row.Url, row.Secret ?? "");
    }

    /// <summary>Records an alert unless this subscription already raised one for the same cause; returns it, or null.</summary>
    public AlertView? Raise(long subscriptionId, string dedupeKey, string kind, string title, string detail, string? link, string? actorId, string? topicId)
    {
        using var connection = database.Open();
        var id = connection.ExecuteScalar<long?>(
            """
            INSERT INTO alerts (subscription_id, dedupe_key, kind, title, detail, link, actor_id, topic_id, raised_at)
            VALUES (@subscriptionId, @dedupeKey, @kind, @title, @detail, @link, @actorId, @topicId, @now)
            ON CONFLICT (subscription_id, dedupe_key) DO NOTHING
            RETURNING id
            """, new { subscriptionId, dedupeKey, kind, title, detail, link, actorId, topicId, now = clock.GetUtcNow() });
        return id is null ? null : connection.QuerySingle<AlertView>($"{SelectAlerts} WHERE al.id = @id", new { id });
    }

    public IReadOnlyList<AlertView> Recent(int limit = 50, int offset = 0)
    {
        using var connection = database.Open();
        return connection.Query<AlertView>($"{SelectAlerts} ORDER BY al.raised_at DESC, al.id DESC LIMIT @limit OFFSET @offset",
            new { limit = Math.Clamp(limit, 1, 1000), offset = Math.Max(0, offset) }).AsList();
    }

    public void LogDelivery(long alertId, string url, int attempt, int? status, string? error, long durationMs)
    {
        using var connection = database.Open();
        connection.Execute(
            """
            INSERT INTO alert_deliveries (alert_id, url, attempt, status, error, duration_ms, attempted_at)
            VALUES (@alertId, @url, @attempt, @status, @error, @durationMs, @now)
            """, new { alertId, url, attempt, status, error, durationMs, now = clock.GetUtcNow() });
    }

    public IReadOnlyList<DeliveryView> Deliveries(int limit = 100, int offset = 0)
    {
        using var connection = database.Open();
        return connection.Query<DeliveryView>(
            """
            SELECT id AS Id, alert_id AS AlertId, url AS Url, attempt AS Attempt, status AS Status, error AS Error,
                   duration_ms AS DurationMs, attempted_at AS AttemptedAt
            FROM alert_deliveries ORDER BY attempted_at DESC, id DESC LIMIT @limit OFFSET @offset
            """, new { limit = Math.Clamp(limit, 1, 1000), offset = Math.Max(0, offset) }).AsList();
    }

    /// <summary>The tracked topics each statement was classified into.</summary>
    public ILookup<string, string> TopicsOf(IReadOnlyCollection<string> statementIds)
    {
        if (statementIds.Count == 0) return Array.Empty<(string, string)>().ToLookup(r => r.Item1, r => r.Item2);
        using var connection = database.Open();
        return connection.Query<(string StatementId, string TopicId)>(
            $"SELECT statement_id, topic_id FROM statement_topics WHERE {database.In("statement_id", "statementIds")}",
            new { statementIds = statementIds.ToArray() })
            .ToLookup(r => r.StatementId, r => r.TopicId);
    }

    /// <summary>Quotes matching a "carried" subscription whose article reached its number of outlets through a copy
    /// that arrived after the subscription was made, and that it has not alerted on yet.</summary>
    public IReadOnlyList<CarriedQuote> NewlyCarried(SubscriptionView subscription)
    {
        using var connection = database.Open();
        return connection.Query<CarriedQuote>(
            """
            SELECT s.id AS StatementId, s.article_id AS ArticleId, s.speaker_id AS ActorId, a.name AS ActorName, s.text AS Text,
                   1 + (SELECT count(*) FROM carried_by c WHERE c.article_id = s.article_id) AS Outlets
            FROM statements s LEFT JOIN actors a ON a.id = s.speaker_id
            WHERE s.rejected = 0 AND s.kind IN ('direct', 'mixed')
              AND 1 + (SELECT count(*) FROM carried_by c WHERE c.article_id = s.article_id) >= @MinOutlets
              AND EXISTS (SELECT 1 FROM carried_by c WHERE c.article_id = s.article_id AND c.received_at >= @CreatedAt)
              AND (@ActorId IS NULL OR s.speaker_id = @ActorId)
              AND (@TopicId IS NULL OR EXISTS (SELECT 1 FROM statement_topics st WHERE st.statement_id = s.id AND st.topic_id = @TopicId))
              AND NOT EXISTS (SELECT 1 FROM alerts al WHERE al.subscription_id = @Id AND al.dedupe_key = 'carried:' || s.id)
            LIMIT 100
            """, new { subscription.MinOutlets, subscription.CreatedAt, subscription.ActorId, subscription.TopicId, subscription.Id }).AsList();
    }
}
