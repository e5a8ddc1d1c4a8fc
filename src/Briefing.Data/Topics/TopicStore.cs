using System.Text.Json;
using Briefing.Core.Watchlists;
using Briefing.Data.Actors;
using Briefing.Data.Schema;
using Dapper;

namespace Briefing.Data.Topics;

/// <summary>A topic staff track, as stored and edited in the app.</summary>
public sealed record TopicView(
    string Id,
    string Name,
    string Description,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<string> SupportCues,
    IReadOnlyList<string> OpposeCues,
    bool Urgent)
{
    public WatchedTopic ToWatched() => new(Name, Description, Keywords, Urgent, SupportCues, OpposeCues);
}

public sealed record TopicRef(string Id, string Name);

/// <summary>The tracked topics. The watch-list seeds them on first start; after that the app's edits are the truth.</summary>
public sealed class TopicStore(Database database, TimeProvider clock)
{
    public IReadOnlyList<TopicView> List()
    {
        using var connection = database.Open();
        return connection.Query<TopicRow>(
            """
            SELECT id AS Id, name AS Name, description AS Description, keywords AS Keywords,
                   support_cues AS SupportCues, oppose_cues AS OpposeCues, urgent AS Urgent
            FROM topics ORDER BY name
            """).Select(r => r.ToView()).AsList();
    }

    public TopicView? Find(string idOrName) =>
        List().FirstOrDefault(t => t.Id == idOrName || string.Equals(t.Name, idOrName.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Copies the watch-list's topics in when there are none yet (first start).</summary>
    public void SeedIfEmpty(IEnumerable<WatchedTopic> topics)
    {
        using var connection = database.Open();
        if (connection.ExecuteScalar<int>("SELECT count(*) FROM topics") > 0) return;
        foreach (var topic in topics) Save(null, topic);
    }

    /// <summary>Adds (id null) or edits a topic; returns its id. Names are unique.</summary>
    public string Save(string? id, WatchedTopic topic)
    {
        using var connection = database.Open();
        id ??= UniqueId(connection, NameKeys.Slug(topic.Name));
        connection.Execute(
            """
            INSERT INTO topics (id, name, description, keywords, support_cues, oppose_cues, urgent, updated_at)
            VALUES (@id, @Name, @Description, @keywords, @support, @oppose, @Urgent, @now)
            ON CONFLICT(id) DO UPDATE SET name = excluded.name, description = excluded.description,
                keywords = excluded.keywords, support_cues = excluded.support_cues, oppose_cues = excluded.oppose_cues,
                urgent = excluded.urgent, updated_at = excluded.updated_at
            """,
            new
            {
                id, topic.Name, topic.Description, topic.Urgent, now = clock.GetUtcNow(),
                keywords = JsonSerializer.Serialize(topic.Keywords),
                support = JsonSerializer.Serialize(topic.SupportCues ?? []),
                oppose = JsonSerializer.Serialize(topic.OpposeCues ?? []),
            });
        return id;
    }

    public bool Delete(string id)
    {
        using var connection = database.Open();
        return connection.Execute("DELETE FROM topics WHERE id = @id", new { id }) == 1;
    }

    private static string UniqueId(System.Data.IDbConnection connection, string baseId)
    {
        var id = baseId;
        for (var n = 2; connection.ExecuteScalar<int>("SELECT count(*) FROM topics WHERE id = @id", new { id }) > 0; n++)
            id = $"{baseId}-{n}";
        return id;
    }

    private sealed class TopicRow
    {
        public string Id { get; init; } = "";
        public string Name { get; init; } = "";
        public string Description { get; init; } = "";
        public string Keywords { get; init; } = "[]";
        public string SupportCues { get; init; } = "[]";
        public string OpposeCues { get; init; } = "[]";
        public bool Urgent { get; init; }

        public TopicView ToView() => new(Id, Name, Description, List(Keywords), List(SupportCues), List(OpposeCues), Urgent);

        private static string[] List(string json) => JsonSerializer.Deserialize<string[]>(json) ?? [];
    }
}
