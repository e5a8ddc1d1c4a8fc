using Briefing.Core.Positions;
using Briefing.Data.Actors;
using Briefing.Data.Inbox;
using Briefing.Data.Schema;
using Briefing.Data.Topics;
using System.Text.Json.Serialization;
using Dapper;

namespace Briefing.Data.Briefs;

/// <summary>What a brief filters on; null or empty means "any". Outlets match the article's source, any case.</summary>
public sealed record BriefQuery(
    IReadOnlyCollection<string>? ActorIds = null,
    IReadOnlyCollection<string>? TopicIds = null,
    DateTimeOffset? Since = null,
    IReadOnlyCollection<string>? Outlets = null,
    int Limit = 500);

/// <summary>One statement's stance on one topic.</summary>
public sealed record BriefStance(TopicRef Topic, Stance Stance, double Confidence);

/// <summary>A statement as a brief shows it: who, what, when, where it was published, its stances, and the other
/// outlets that carried the same article.</summary>
public sealed record BriefStatement(
    string Id,
    string ArticleId,
    ActorRef? Speaker,
    string? SpeakerRole,
    string Text,
    string Kind,
    double Confidence,
    DateTimeOffset At,
    string ArticleTitle,
    string? Url,
    string? Source,
    IReadOnlyList<BriefStance> Stances,
    IReadOnlyList<CarriedBy> AlsoCarriedBy)
{
    /// <summary>How many outlets carried it: the article's own plus every wire copy.</summary>
    public int Outlets => 1 + AlsoCarriedBy.Count;

    /// <summary>The stances worth showing a reader (an "unclear" classification only says the topic came up).</summary>
    [JsonIgnore]
    public IReadOnlyList<BriefStance> DefiniteStances => Stances.Where(s => s.Stance != Stance.Unclear).ToList();

    public bool IsQuote => Kind is "direct" or "mixed";

    /// <summary>The strongest classification, for one-row-per-statement exports.</summary>
    [JsonIgnore]
    public BriefStance? MainStance => Stances.OrderByDescending(s => s.Confidence).FirstOrDefault();
}

/// <summary>The read side of briefs: live statements with their stances and copies, newest first.</summary>
public sealed class BriefStore(Database database)
{
    public IReadOnlyList<BriefStatement> Statements(BriefQuery query)
    {
        var where = new List<string> { "s.rejected = 0" };
        if (query.ActorIds is { Count: > 0 }) where.Add(database.In("s.speaker_id", "ActorIds"));
        if (query.TopicIds is { Count: > 0 })
            where.Add($"EXISTS (SELECT 1 FROM statement_topics st WHERE st.statement_id = s.id AND {database.In("st.topic_id", "TopicIds")})");
        if (query.Since is not null) where.Add("coalesce(s.published_at, s.ingested_at) >= @Since");
        var outlets = query.Outlets?.Select(o => o.Trim().ToLowerInvariant()).ToArray();
        if (outlets is { Length: > 0 }) where.Add(database.In("lower(ar.source)", "outlets"));

        using var connection = database.Open();
        var rows = connection.Query<Row>(
            $"""
            SELECT s.id AS Id, s.article_id AS ArticleId, s.speaker_id AS SpeakerId, a.name AS SpeakerName,
                   a.role AS SpeakerRole, s.text AS Text, s.kind AS Kind, s.confidence AS Confidence,
                   coalesce(s.published_at, s.ingested_at) AS At, ar.title AS ArticleTitle, ar.url AS Url, ar.source AS Source
            FROM statements s
            JOIN articles ar ON ar.id = s.article_id
            LEFT JOIN actors a ON a.id = s.speaker_id
            WHERE {string.Join(" AND ", where)}
            ORDER BY At DESC, s.article_id, s.ordinal
            LIMIT @limit
            """, new { ActorIds = query.ActorIds?.ToArray(), TopicIds = query.TopicIds?.ToArray(), query.Since, outlets, limit = Math.Clamp(query.Limit, 1, 5000) }).AsList();
        if (rows.Count == 0) return [];

        var ids = rows.Select(r => r.Id).ToArray();
        var stances = connection.Query<StanceRow>(
            $"""
            SELECT st.statement_id AS StatementId, st.topic_id AS TopicId, t.name AS TopicName, st.stance AS Stance, st.confidence AS Confidence
            FROM statement_topics st JOIN topics t ON t.id = st.topic_id
            WHERE {database.In("st.statement_id", "ids")}
            ORDER BY st.confidence DESC
            """, new { ids }).ToLookup(s => s.StatementId);
        var articleIds = rows.Select(r => r.ArticleId).Distinct().ToArray();
        var copies = connection.Query<CopyRow>(
            $"SELECT article_id AS ArticleId, source AS Source, url AS Url, title AS Title FROM carried_by WHERE {database.In("article_id", "articleIds")} ORDER BY received_at",
            new { articleIds }).ToLookup(c => c.ArticleId);

        return rows.Select(r => new BriefStatement(
            r.Id, r.ArticleId, r.SpeakerId is null ? null : new ActorRef(r.SpeakerId, r.SpeakerName ?? r.SpeakerId), r.SpeakerRole,
            r.Text, r.Kind, r.Confidence, r.At, r.ArticleTitle, r.Url, r.Source,
            stances[r.Id].Where(s => query.TopicIds is not { Count: > 0 } || query.TopicIds.Contains(s.TopicId))
                .Select(s => new BriefStance(new TopicRef(s.TopicId, s.TopicName), StanceNames.Read(s.Stance), s.Confidence)).ToList(),
            copies[r.ArticleId].Select(c => new CarriedBy(c.Source, c.Url, c.Title)).ToList())).ToList();
    }

    private sealed class Row
    {
        public string Id { get; init; } = "";
        public string ArticleId { get; init; } = "";
        public string? SpeakerId { get; init; }
        public string? SpeakerName { get; init; }
        public string? SpeakerRole { get; init; }
        public string Text { get; init; } = "";
        public string Kind { get; init; } = "";
        public double Confidence { get; init; }
        public DateTimeOffset At { get; init; }
        public string ArticleTitle { get; init; } = "";
        public string? Url { get; init; }
        public string? Source { get; init; }
    }

    private sealed class StanceRow
    {
        public string StatementId { get; init; } = "";
        public string TopicId { get; init; } = "";
        public string TopicName { get; init; } = "";
        public string Stance { get; init; } = "";
        public double Confidence { get; init; }
    }

    private sealed class CopyRow
    {
        public string ArticleId { get; init; } = "";
        public string? Source { get; init; }
        public string? Url { get; init; }
        public string Title { get; init; } = "";
    }
}
