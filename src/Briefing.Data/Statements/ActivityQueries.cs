using Briefing.Data.Schema;
using Dapper;

namespace Briefing.Data.Statements;

/// <summary>Read queries for the wall display: who is talking (statement counts per speaker over a recent window)
/// and which outlet published an article.</summary>
public sealed class ActivityQueries(Database database)
{
    /// <summary>Speakers with the most statements ingested since <paramref name="since"/>, busiest first.</summary>
    public IReadOnlyList<ActorActivity> MostActive(DateTimeOffset since, int limit = 10)
    {
        using var connection = database.Open();
        return connection.Query<ActivityRow>(
            """
            SELECT a.id AS ActorId, a.name AS Name, a.role AS Role, count(*) AS Statements, max(s.ingested_at) AS LastAt
            FROM statements s
            JOIN actors a ON a.id = s.speaker_id
            WHERE s.rejected = 0 AND s.ingested_at >= @since
            GROUP BY a.id, a.name, a.role
            ORDER BY Statements DESC, LastAt DESC, a.name
            LIMIT @limit
            """, new { since, limit = Math.Clamp(limit, 1, 100) })
            .Select(r => new ActorActivity(r.ActorId, r.Name, r.Role, (int)r.Statements, r.LastAt)).AsList();
    }

    /// <summary>The outlet (source) of each given article that has one.</summary>
    public IReadOnlyDictionary<string, string> Outlets(IReadOnlyCollection<string> articleIds)
    {
        if (articleIds.Count == 0) return new Dictionary<string, string>();
        using var connection = database.Open();
        return connection.Query<OutletRow>(
            $"SELECT id AS Id, source AS Source FROM articles WHERE {database.In("id", "articleIds")} AND source IS NOT NULL",
            new { articleIds = articleIds.ToArray() })
            .ToDictionary(r => r.Id, r => r.Source);
    }

    private sealed class ActivityRow
    {
        public string ActorId { get; init; } = "";
        public string Name { get; init; } = "";
        public string? Role { get; init; }
        public long Statements { get; init; }
        public DateTimeOffset LastAt { get; init; }
    }

    private sealed class OutletRow
    {
        public string Id { get; init; } = "";
        public string Source { get; init; } = "";
    }
}

/// <summary>One speaker's statement count in a window, and when they last spoke.</summary>
public sealed record ActorActivity(string ActorId, string Name, string? Role, int Statements, DateTimeOffset LastAt);
