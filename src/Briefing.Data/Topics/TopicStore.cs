using System.Text.Json;
using System.Text.Json.Serialization;
using Briefing.Core.Positions;
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
    bool Urgent,
    IReadOnlyList<TopicExampleView>? Examples = null)
{
    public WatchedTopic ToWatched() => new(Name, Description, Keywords, Urgent, SupportCues, OpposeCues,
        (Examples ?? []).Select(e => new TopicExample(e.Text, e.Stance)).ToArray());
}

/// <summary>A labelled example of a topic: <see cref="Stance"/> is supports, opposes or none. <see cref="Source"/>
/// "topic" (watch-list or editor) or "correction" (an analyst's "wrong stance" on <see cref="StatementId"/>).</summary>
public sealed record TopicExampleView(
    string Text, [property: JsonConverter(typeof(StanceLabelJsonConverter))] Stance Stance, string Source = "topic", string? StatementId = null);

public sealed record TopicRef(string Id, string Name);

/// <summary>The tracked topics. The watch-list seeds them on first start; after that the app's edits are the truth.</summary>
public sealed class TopicStore(Database database, TimeProvider clock)
{
    public IReadOnlyList<TopicView> List()
    {
        using var connection = database.Open();
        var rows = connection.Query<TopicRow>(
            """
            SELECT id AS Id, name AS Name, description AS Description, keywords AS Keywords,
                   support_cues AS SupportCues, oppose_cues AS OpposeCues, urgent AS Urgent
            FROM topics ORDER BY name
            """).AsList();
        var examples = connection.Query<ExampleRow>(
            """
            SELECT topic_id AS TopicId, text AS Text, stance AS Stance, source AS Source, statement_id AS StatementId
            FROM topic_examples ORDER BY id
            """).ToLookup(e => e.TopicId);
        return rows.Select(r => r.ToView() with
        {
            Examples = examples[r.Id].Select(e => new TopicExampleView(e.Text, StanceNames.ParseLabel(e.Stance) ?? Stance.Unclear, e.Source, e.StatementId)).ToArray(),
        }).AsList();
    }

    /// <summary>An analyst's stance on one statement for one topic, kept as a labelled example (one per statement
    /// and topic: a second correction replaces the first).</summary>
    public void SaveCorrection(string topicId, string statementId, string text, Stance? stance)
    {
        using var connection = database.Open();
        connection.Execute(
            """
            INSERT INTO topic_examples (topic_id, text, stance, source, statement_id, created_at)
            VALUES (@topicId, @text, @label, 'correction', @statementId, @now)
            ON CONFLICT(topic_id, statement_id) WHERE statement_id IS NOT NULL
            DO UPDATE SET stance = excluded.stance, text = excluded.text, created_at = excluded.created_at
            """,
            new { topicId, statementId, text, label = stance is { } s ? StanceNames.Of(s) : StanceNames.None, now = clock.GetUtcNow() });
    }

    public TopicView? Find(string idOrName) =>
        List().FirstOrDefault(t => t.Id == idOrName || string.Equals(t.Name, idOrName.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Copies the watch-list's topics in when there are none yet (first start): one transaction under the
    /// writers' lock, so nodes starting together on one shared store seed it once.</summary>
    public void SeedIfEmpty(IEnumerable<WatchedTopic> topics)
    {
        using var connection = database.Open();
        using var tx = connection.BeginTransaction();
        database.LockWriters(connection, tx);
        if (connection.ExecuteScalar<int>("SELECT count(*) FROM topics", transaction: tx) > 0) return;
        foreach (var topic in topics) Write(connection, tx, UniqueId(connection, NameKeys.Slug(topic.Name), tx), topic);
        tx.Commit();
    }

    /// <summary>Adds (id null) or edits a topic; returns its id. Names are unique.</summary>
    public string Save(string? id, WatchedTopic topic)
    {
        using var connection = database.Open();
        id ??= UniqueId(connection, NameKeys.Slug(topic.Name));
        using var tx = connection.BeginTransaction();
        Write(connection, tx, id, topic);
        tx.Commit();
        return id;
    }

    private void Write(System.Data.IDbConnection connection, System.Data.IDbTransaction tx, string id, WatchedTopic topic)
    {
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
            }, tx);
        // The topic's own examples are replaced; analysts' corrections stay.
        connection.Execute("DELETE FROM topic_examples WHERE topic_id = @id AND source = 'topic'", new { id }, tx);
        foreach (var e in topic.Examples ?? [])
            connection.Execute(
                """
                INSERT INTO topic_examples (topic_id, text, stance, source, created_at)
                VALUES (@id, @Text, @label, 'topic', @now)
                """,
                new { id, e.Text, label = StanceNames.LabelOf(e.Stance), now = clock.GetUtcNow() }, tx);
    }

    public bool Delete(string id)
    {
        using var connection = database.Open();
        return connection.Execute("DELETE FROM topics WHERE id = @id", new { id }) == 1;
    }

    private static string UniqueId(System.Data.IDbConnection connection, string baseId, System.Data.IDbTransaction? tx = null)
    {
        var id = baseId;
        for (var n = 2; connection.ExecuteScalar<int>("SELECT count(*) FROM topics WHERE id = @id", new { id }, tx) > 0; n++)
            id = $"{baseId}-{n}";
        return id;
    }

    private sealed class ExampleRow
    {
        public string TopicId { get; init; } = "";
        public string Text { get; init; } = "";
        public string Stance { get; init; } = "";
        public string Source { get; init; } = "";
        public string? StatementId { get; init; }
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
