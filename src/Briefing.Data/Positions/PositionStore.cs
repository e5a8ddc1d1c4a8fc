using System.Data;
using System.Text.Json;
using Briefing.Core.Positions;
using Briefing.Data.Actors;
using Briefing.Data.Schema;
using Briefing.Data.Topics;
using Dapper;

namespace Briefing.Data.Positions;

/// <summary>Statement × topic classifications and the actor × topic positions folded from them
/// (<see cref="PositionTracker"/>). Positions are always recomputed from stored evidence, so they never drift.</summary>
public sealed class PositionStore(Database database)
{
    private readonly EvidenceCache _evidence = new();

    // One actor × topic pair's live evidence is a range of statement_topics_evidence (speaker, topic, rejected, seen_at,
    // ordinal): newest first is that range backwards, and only the rows returned are looked up in statements.
    // A statement is evidence of its speaker's position only as far as both hold: the stance read right and the speaker
    // found right (the statement's calibrated speaker confidence; 1 once an analyst set the speaker). So a quote
    // carried over from an earlier paragraph, right a third of the time, never sets a position on its own.
    private const string EvidenceSql =
        """
        SELECT st.statement_id AS StatementId, s.text AS Text, s.article_id AS ArticleId, st.stance AS Stance,
               st.confidence * s.confidence AS Confidence, st.seen_at AS SeenAt, ar.title AS ArticleTitle,
               st.keywords AS Keywords, st.cues AS Cues, st.speaker_id AS ActorId, st.topic_id AS TopicId,
               st.ordinal AS Ordinal
        FROM statement_topics st
        JOIN statements s ON s.id = st.statement_id
        JOIN articles ar ON ar.id = s.article_id
        WHERE st.speaker_id = @actorId AND st.topic_id = @topicId AND st.rejected = 0
        """;

    public IReadOnlyList<PositionView> Query(PositionQuery query)
    {
        using var connection = database.Open();
        var rows = connection.Query<PositionRow>(
            $"""
            SELECT p.actor_id AS ActorId, a.name AS ActorName, p.topic_id AS TopicId, t.name AS TopicName, p.stance AS Stance,
                   p.confidence AS Confidence, p.summary AS Summary, p.first_seen AS FirstSeen, p.last_seen AS LastSeen,
                   p.shifted_at AS ShiftedAt, p.shifted_from AS ShiftedFrom, p.revision AS Revision
            FROM positions p JOIN actors a ON a.id = p.actor_id JOIN topics t ON t.id = p.topic_id
            WHERE {Filter(query)} {(query.Limit is null ? "" : $"AND p.last_seen >= {PageStart(query)}")}
            ORDER BY p.last_seen DESC, a.name, t.name
            {(query.Limit is null ? "" : "LIMIT @limit OFFSET @offset")}
            """, FilterArgs(query)).AsList();
        var limit = Math.Max(0, query.EvidenceLimit);
        if (rows.Count == 0 || limit == 0) return rows.Select(r => r.ToView([])).AsList();

        // The newest evidence of each position on the page: remembered while the position is unchanged, else one short
        // range of the evidence index per actor × topic pair.
        return rows.Select(r => r.ToView(_evidence.Get(r.ActorId, r.TopicId, r.Revision, limit) ?? ReadEvidence(connection, r, limit))).AsList();
    }

    private List<EvidenceView> ReadEvidence(IDbConnection connection, PositionRow position, int limit)
    {
        var evidence = connection.Query<EvidenceRow>($"{EvidenceSql} ORDER BY st.seen_at DESC, st.ordinal DESC LIMIT @limit",
            new { actorId = position.ActorId, topicId = position.TopicId, limit }).Select(e => e.ToView()).ToList();
        _evidence.Put(position.ActorId, position.TopicId, position.Revision, limit, evidence);
        return evidence;
    }

    /// <summary>How many positions match, per actor (with the actor's name) and per topic: what a matrix of the
    /// busiest actors needs without reading every position.</summary>
    public PositionTally Tally(PositionQuery query)
    {
        using var connection = database.Open();
        var args = FilterArgs(query);
        var actors = connection.Query<(string Id, string Name, long Count)>(
            $"SELECT p.actor_id, a.name, count(*) FROM positions p JOIN actors a ON a.id = p.actor_id WHERE {Filter(query)} GROUP BY p.actor_id, a.name",
            args).Select(r => new ActorTally(new ActorRef(r.Id, r.Name), (int)r.Count)).AsList();
        var topics = connection.Query<string>($"SELECT DISTINCT p.topic_id FROM positions p WHERE {Filter(query)}", args).AsList();
        return new PositionTally(actors, topics);
    }

    /// <summary>How many positions match (limit, offset and evidence aside).</summary>
    public int Count(PositionQuery query)
    {
        using var connection = database.Open();
        return connection.ExecuteScalar<int>($"SELECT count(*) FROM positions p WHERE {Filter(query)}", FilterArgs(query));
    }

    /// <summary>The oldest last_seen a page can reach, from the time index alone: only positions that new (the page,
    /// and any that tie with its last one) are then joined with their names and sorted, not every match.</summary>
    private string PageStart(PositionQuery query) =>
        $"coalesce((SELECT p.last_seen FROM positions p WHERE {Filter(query)} ORDER BY p.last_seen DESC LIMIT 1 OFFSET @pageEnd), '')";

    private string Filter(PositionQuery query)
    {
        var where = new List<string> { "1 = 1" };
        if (query.ActorIds is { Count: > 0 }) where.Add(database.In("p.actor_id", "ActorIds"));
        if (query.TopicIds is { Count: > 0 }) where.Add(database.In("p.topic_id", "TopicIds"));
        if (query.Stance is not null) where.Add("p.stance = @Stance");
        if (query.Since is not null) where.Add("p.last_seen >= @Since");
        return string.Join(" AND ", where);
    }

    private static object FilterArgs(PositionQuery query) => new
    {
        ActorIds = query.ActorIds?.ToArray(), TopicIds = query.TopicIds?.ToArray(),
        Stance = query.Stance is { } stance ? StanceNames.Of(stance) : null, query.Since,
        limit = query.Limit, offset = Math.Max(0, query.Offset), pageEnd = Math.Max(0, query.Offset) + Math.Max(1, query.Limit ?? 1) - 1,
    };

    /// <summary>Whether any actor holds a position on anything.</summary>
    public bool Any()
    {
        using var connection = database.Open();
        return connection.ExecuteScalar<long>("SELECT count(*) FROM (SELECT 1 FROM positions LIMIT 1) x") > 0;
    }

    public PositionView? Find(string actorId, string topicId) =>
        Query(new PositionQuery([actorId], [topicId])).FirstOrDefault();

    /// <summary>Per topic: how many live statements were classified into it and how many actors hold a position on it.</summary>
    public IReadOnlyDictionary<string, TopicCounts> CountsByTopic()
    {
        using var connection = database.Open();
        // Untyped rows: the counts are expressions without a declared type, which SQLite reports as BLOB when there are no rows.
        // Quoted names: PostgreSQL folds unquoted ones to lower case, and untyped rows match names exactly.
        return connection.Query(
            """
            SELECT t.id AS "TopicId",
                   (SELECT count(*) FROM statement_topics st WHERE st.topic_id = t.id AND st.rejected = 0) AS "Statements",
                   (SELECT count(*) FROM positions p WHERE p.topic_id = t.id) AS "Positions"
            FROM topics t
            """).Select(r => new TopicCounts((string)r.TopicId, (long)r.Statements, (long)r.Positions)).ToDictionary(c => c.TopicId);
    }

    /// <summary>How many live statements a re-classification looks at.</summary>
    public int StatementCount()
    {
        using var connection = database.Open();
        return connection.ExecuteScalar<int>("SELECT count(*) FROM statements WHERE rejected = 0");
    }

    /// <summary>Stores an article's classifications and updates the positions they touch, inside its transaction.</summary>
    internal IReadOnlyList<PositionChange> Record(IDbConnection connection, IDbTransaction tx, IReadOnlyList<StatementTopic> classified)
    {
        if (classified.Count == 0) return [];
        Insert(connection, tx, classified);
        var added = classified.Select(c => c.StatementId).ToHashSet();
        var pairs = connection.Query<(string ActorId, string TopicId)>(
            $"""
            SELECT DISTINCT s.speaker_id, st.topic_id FROM statement_topics st JOIN statements s ON s.id = st.statement_id
            WHERE {database.In("st.statement_id", "added")} AND s.speaker_id IS NOT NULL
            """, new { added = added.ToArray() }, tx).AsList();
        return pairs.Select(pair => Recompute(connection, tx, pair.ActorId, pair.TopicId, added)).ToList();
    }

    /// <summary>Recomputes the positions a statement feeds (after a curation changed its speaker or rejected it).</summary>
    internal IReadOnlyList<PositionChange> RecomputeForStatement(IDbConnection connection, IDbTransaction tx, string statementId, string? actorId)
    {
        if (actorId is null) return [];
        var topicIds = connection.Query<string>("SELECT topic_id FROM statement_topics WHERE statement_id = @statementId", new { statementId }, tx).AsList();
        return topicIds.Select(topicId => Recompute(connection, tx, actorId, topicId, added: new HashSet<string>())).ToList();
    }

    /// <summary>Replaces the classifications of some statements (on one topic, or on all when
    /// <paramref name="topicId"/> is null) and recomputes every position they fed or now feed, atomically. For the
    /// stance stage (new vectors) and a retrained topic head. Returns the pairs whose stance or confidence moved.</summary>
    public IReadOnlyList<PositionChange> Reclassify(IReadOnlyCollection<string> statementIds, IReadOnlyList<StatementTopic> classified, string? topicId = null)
    {
        using var connection = database.Open();
        using var tx = connection.BeginTransaction();
        var pairs = new HashSet<(string ActorId, string TopicId)>();
        void CollectPairs()
        {
            foreach (var chunk in statementIds.Chunk(500))
                pairs.UnionWith(connection.Query<(string, string)>(
                    $"""
                    SELECT DISTINCT s.speaker_id, st.topic_id FROM statement_topics st JOIN statements s ON s.id = st.statement_id
                    WHERE {database.In("st.statement_id", "chunk")} AND s.speaker_id IS NOT NULL AND (@topicId IS NULL OR st.topic_id = @topicId)
                    """, new { chunk, topicId }, tx));
        }
        CollectPairs();
        var before = pairs.ToDictionary(p => p, p => connection.QueryFirstOrDefault<(string, double)?>(
            "SELECT stance, confidence FROM positions WHERE actor_id = @a AND topic_id = @t", new { a = p.ActorId, t = p.TopicId }, tx));
        foreach (var chunk in statementIds.Chunk(500))
            connection.Execute($"DELETE FROM statement_topics WHERE {database.In("statement_id", "chunk")} AND (@topicId IS NULL OR topic_id = @topicId)",
                new { chunk, topicId }, tx);
        Insert(connection, tx, topicId is null ? classified : [.. classified.Where(c => c.TopicId == topicId)]);
        CollectPairs();
        var changes = new List<PositionChange>();
        foreach (var (actorId, pairTopic) in pairs)
        {
            Recompute(connection, tx, actorId, pairTopic, added: new HashSet<string>());
            var after = connection.QueryFirstOrDefault<(string Stance, double Confidence)?>(
                "SELECT stance, confidence FROM positions WHERE actor_id = @actorId AND topic_id = @pairTopic", new { actorId, pairTopic }, tx);
            var was = before.GetValueOrDefault((actorId, pairTopic));
            if (Equals(was, after)) continue;
            // A definite stance that became another definite stance is a shift, as when new evidence moves it.
            var shift = was is { } w && after is { } a && w.Item1 != a.Stance && w.Item1 != "unclear" && a.Stance != "unclear";
            changes.Add(new PositionChange(actorId, pairTopic, shift));
        }
        tx.Commit();
        return changes;
    }

    /// <summary>Replaces every classification (after a topic edit) and rebuilds every position, atomically.</summary>
    public int ReplaceAll(IReadOnlyList<StatementTopic> classified)
    {
        using var connection = database.Open();
        using var tx = connection.BeginTransaction();
        connection.Execute("DELETE FROM positions; DELETE FROM statement_topics;", transaction: tx);
        Insert(connection, tx, classified);
        var pairs = connection.Query<(string ActorId, string TopicId)>(
            "SELECT DISTINCT s.speaker_id, st.topic_id FROM statement_topics st JOIN statements s ON s.id = st.statement_id WHERE s.speaker_id IS NOT NULL",
            transaction: tx).AsList();
        foreach (var (actorId, topicId) in pairs) Recompute(connection, tx, actorId, topicId, added: new HashSet<string>());
        tx.Commit();
        return pairs.Count;
    }

    private static void Insert(IDbConnection connection, IDbTransaction tx, IReadOnlyList<StatementTopic> classified)
    {
        foreach (var c in classified)
        {
            connection.Execute(
                """
                INSERT INTO statement_topics (statement_id, topic_id, stance, confidence, keywords, cues, speaker_id, seen_at, ordinal, rejected)
                SELECT @StatementId, @TopicId, @stance, @Confidence, @keywords, @cues,
                       s.speaker_id, coalesce(s.published_at, s.ingested_at), s.ordinal, s.rejected
                FROM statements s
                -- An article classified just before a topic was deleted must not fail on the missing topic.
                WHERE s.id = @StatementId AND EXISTS (SELECT 1 FROM topics WHERE id = @TopicId)
                ON CONFLICT (statement_id, topic_id) DO UPDATE SET stance = excluded.stance, confidence = excluded.confidence,
                    keywords = excluded.keywords, cues = excluded.cues
                """,
                new
                {
                    c.StatementId, c.TopicId, stance = StanceNames.Of(c.Stance), c.Confidence,
                    keywords = JsonSerializer.Serialize(c.Keywords), cues = JsonSerializer.Serialize(c.Cues),
                }, tx);
        }
    }

    /// <summary>Folds the pair's stored evidence: what was there before, then what this article added, so a stance
    /// that moved because of the new statements is reported as a shift.</summary>
    private static PositionChange Recompute(IDbConnection connection, IDbTransaction tx, string actorId, string topicId, IReadOnlySet<string> added)
    {
        var evidence = connection.Query<EvidenceRow>(
            // In reading order: by time, then by position in the article (ids sort "-10" before "-2").
            $"{EvidenceSql} ORDER BY st.seen_at, s.article_id, st.ordinal",
            new { actorId, topicId }, tx).Select(e => e.ToEvidence()).ToList();
        if (evidence.Count == 0)
        {
            // The last evidence was rejected or reassigned: the actor no longer has a position here.
            connection.Execute("DELETE FROM positions WHERE actor_id = @actorId AND topic_id = @topicId", new { actorId, topicId }, tx);
            return new PositionChange(actorId, topicId, Shift: false);
        }
        var position = PositionTracker.Build(actorId, topicId, evidence.Where(e => !added.Contains(e.StatementId)));
        PositionShift? shift = null;
        foreach (var item in evidence.Where(e => added.Contains(e.StatementId)))
        {
            var update = PositionTracker.Apply(position, item);
            position = update.Position;
            shift = update.Shift ?? shift;
        }
        var lastShift = shift ?? (position.Shifts.Count > 0 ? position.Shifts[^1] : null);
        connection.Execute(
            """
            INSERT INTO positions (actor_id, topic_id, stance, confidence, summary, first_seen, last_seen, shifted_at, shifted_from, revision)
            VALUES (@actorId, @topicId, @stance, @Confidence, @Summary, @FirstSeen, @LastSeen, @shiftedAt, @shiftedFrom, @revision)
            ON CONFLICT(actor_id, topic_id) DO UPDATE SET stance = excluded.stance, confidence = excluded.confidence,
                summary = excluded.summary, first_seen = excluded.first_seen, last_seen = excluded.last_seen,
                shifted_at = excluded.shifted_at, shifted_from = excluded.shifted_from, revision = excluded.revision
            """,
            new
            {
                actorId, topicId, stance = StanceNames.Of(position.Stance), position.Confidence, position.Summary,
                position.FirstSeen, position.LastSeen, shiftedAt = lastShift?.At, shiftedFrom = lastShift is null ? null : StanceNames.Of(lastShift.From),
                revision = Guid.NewGuid().ToString("N"), // new evidence, new revision: cached evidence of the old one is not served
            }, tx);
        return new PositionChange(actorId, topicId, shift is not null);
    }

    private sealed class PositionRow
    {
        public string ActorId { get; init; } = "";
        public string ActorName { get; init; } = "";
        public string TopicId { get; init; } = "";
        public string TopicName { get; init; } = "";
        public string Stance { get; init; } = "";
        public double Confidence { get; init; }
        public string Summary { get; init; } = "";
        public DateTimeOffset FirstSeen { get; init; }
        public DateTimeOffset LastSeen { get; init; }
        public DateTimeOffset? ShiftedAt { get; init; }
        public string? ShiftedFrom { get; init; }
        public string? Revision { get; init; }

        public PositionView ToView(IReadOnlyList<EvidenceView> evidence) => new(
            new ActorRef(ActorId, ActorName), new TopicRef(TopicId, TopicName), StanceNames.Read(Stance), Confidence, Summary,
            FirstSeen, LastSeen, ShiftedAt, ShiftedFrom is null ? null : StanceNames.Read(ShiftedFrom), evidence);
    }

    private sealed class EvidenceRow
    {
        public string StatementId { get; init; } = "";
        public string Text { get; init; } = "";
        public string ArticleId { get; init; } = "";
        public string Stance { get; init; } = "";
        public double Confidence { get; init; }
        public DateTimeOffset SeenAt { get; init; }
        public string ArticleTitle { get; init; } = "";
        public string Keywords { get; init; } = "[]";
        public string Cues { get; init; } = "[]";
        public string ActorId { get; init; } = "";
        public string TopicId { get; init; } = "";

        public EvidenceView ToView() => new(StatementId, Text, ArticleId, StanceNames.Read(Stance), Confidence, SeenAt, ArticleTitle,
            JsonSerializer.Deserialize<string[]>(Keywords) ?? [], JsonSerializer.Deserialize<string[]>(Cues) ?? []);

        public PositionEvidence ToEvidence() =>
            new(StatementId, Text, ArticleId, StanceNames.Read(Stance), Confidence, SeenAt);
    }
}

/// <summary>How much one topic matches: classified statements and actor positions.</summary>
public sealed record TopicCounts(string TopicId, long Statements, long Positions);
