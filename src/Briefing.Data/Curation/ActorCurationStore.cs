using System.Data;
using System.Text.Json;
using Briefing.Data.Actors;
using Briefing.Data.Positions;
using Briefing.Data.Schema;
using Dapper;

namespace Briefing.Data.Curation;

/// <summary>One recorded actor curation: a merge (undoable), a split or an edit, with who and when.</summary>
public sealed record ActorCurationView
{
    public long Id { get; init; }
    public string Action { get; init; } = "";
    public string ActorId { get; init; } = "";
    public string? OtherId { get; init; }
    public string Detail { get; init; } = "";
    public string CuratedBy { get; init; } = "";
    public DateTimeOffset CuratedAt { get; init; }
    public string? UndoneBy { get; init; }
    public DateTimeOffset? UndoneAt { get; init; }
}

/// <summary>What an actor curation changed: its record, the actor that gained or kept the statements, and the
/// positions that were recomputed.</summary>
public sealed record ActorCurationResult(long Id, string ActorId, IReadOnlyList<string> Statements, IReadOnlyList<PositionChange> Positions);

/// <summary>Analysts' corrections of actor identity: merge two actors (aliases, mentions and statements follow,
/// positions are recomputed, the merged one is kept as a tombstone so the merge can be undone), split statements and
/// aliases off into a new actor, and edit role and affiliation. Every step is recorded; moved statements also get a
/// line in their own curation history.</summary>
public sealed class ActorCurationStore(Database database, PositionStore positions, TimeProvider clock)
{
    /// <summary>What moved from one actor to another, kept with the record so an undo moves exactly that back.</summary>
    private sealed record Moved(string[] Aliases, string[] Statements, MentionKey[] Mentions);

    private sealed record MentionKey(string ArticleId, long Start);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Merges <paramref name="sourceId"/> into <paramref name="targetId"/>; the error says what is wrong.</summary>
    public (ActorCurationResult? Result, string? Error) Merge(string sourceId, string targetId, string by)
    {
        if (sourceId == targetId) return (null, "An actor cannot be merged into itself.");
        using var connection = database.Open();
        using var tx = connection.BeginTransaction();
        if (MergedInto(connection, tx, sourceId) is not { } sourceState) return (null, $"No actor '{sourceId}'.");
        if (MergedInto(connection, tx, targetId) is not { } targetState) return (null, $"No actor '{targetId}'.");
        if (sourceState.Length > 0) return (null, $"'{sourceId}' was already merged into '{sourceState}'.");
        if (targetState.Length > 0) return (null, $"'{targetId}' was merged into '{targetState}'; merge into that one.");

        var moved = new Moved(
            connection.Query<string>("SELECT norm_alias FROM actor_aliases WHERE actor_id = @sourceId", new { sourceId }, tx).ToArray(),
            connection.Query<string>("SELECT id FROM statements WHERE speaker_id = @sourceId", new { sourceId }, tx).ToArray(),
            connection.Query<MentionKey>("SELECT article_id AS ArticleId, start AS Start FROM mentions WHERE actor_id = @sourceId", new { sourceId }, tx).ToArray());
        var changes = Move(connection, tx, moved, sourceId, targetId, "merge", by);
        connection.Execute("UPDATE actors SET merged_into = @targetId, updated_at = @now WHERE id = @sourceId",
            new { sourceId, targetId, now = clock.GetUtcNow() }, tx);
        var id = Record(connection, tx, "merge", targetId, sourceId, moved, by);
        tx.Commit();
        return (new ActorCurationResult(id, targetId, changes.Statements, changes.Positions), null);
    }

    /// <summary>Undoes a merge: what moved goes back (unless an analyst has moved it elsewhere since).</summary>
    public (ActorCurationResult? Result, string? Error) Undo(long curationId, string by)
    {
        using var connection = database.Open();
        using var tx = connection.BeginTransaction();
        var record = connection.QueryFirstOrDefault<ActorCurationView>($"{SelectRecords} WHERE id = @curationId", new { curationId }, tx);
        if (record is null) return (null, $"No actor curation {curationId}.");
        if (record.Action != "merge") return (null, "Only a merge can be undone; split the actor instead.");
        if (record.UndoneAt is not null) return (null, $"Curation {curationId} was already undone.");
        var moved = JsonSerializer.Deserialize<Moved>(record.Detail, Json)!;
        var changes = Move(connection, tx, moved, record.ActorId, record.OtherId!, "unmerge", by);
        connection.Execute("UPDATE actors SET merged_into = NULL, updated_at = @now WHERE id = @id", new { id = record.OtherId, now = clock.GetUtcNow() }, tx);
        connection.Execute("UPDATE actor_curations SET undone_by = @by, undone_at = @now WHERE id = @curationId",
            new { by, now = clock.GetUtcNow(), curationId }, tx);
        tx.Commit();
        return (new ActorCurationResult(curationId, record.OtherId!, changes.Statements, changes.Positions), null);
    }

    /// <summary>Splits statements and aliases off <paramref name="actorId"/> into a new actor named <paramref name="name"/>
    /// (same kind, no role until edited).</summary>
    public (ActorCurationResult? Result, string? Error) Split(string actorId, string name, IReadOnlyCollection<string> aliases,
        IReadOnlyCollection<string> statementIds, string by)
    {
        using var connection = database.Open();
        using var tx = connection.BeginTransaction();
        var kind = connection.QueryFirstOrDefault<string>("SELECT kind FROM actors WHERE id = @actorId", new { actorId }, tx);
        if (kind is null) return (null, $"No actor '{actorId}'.");
        var nameKey = NameKeys.Normalize(name);
        if (nameKey.Length == 0) return (null, "\"name\" is required.");
        // The new actor's own name goes with it when the split actor holds it as an alias.
        var keys = aliases.Append(name).Select(NameKeys.Normalize).Where(k => k.Length > 0).Distinct().ToList();
        var nameOwner = connection.QueryFirstOrDefault<string>("SELECT actor_id FROM actor_aliases WHERE norm_alias = @nameKey", new { nameKey }, tx);
        if (nameOwner is not null && nameOwner != actorId)
            return (null, $"\"name\": '{name}' already belongs to '{nameOwner}'; merge instead.");
        if (nameOwner is null) keys.Remove(nameKey);
        var ownKeys = connection.Query<string>($"SELECT norm_alias FROM actor_aliases WHERE actor_id = @actorId AND {database.In("norm_alias", "keys")}", new { actorId, keys = keys.ToArray() }, tx).ToHashSet();
        if (keys.FirstOrDefault(k => !ownKeys.Contains(k)) is { } foreign) return (null, $"\"aliases\": '{foreign}' is not an alias of '{actorId}'.");
        var own = connection.Query<string>($"SELECT id FROM statements WHERE speaker_id = @actorId AND {database.In("id", "statementIds")}", new { actorId, statementIds = statementIds.ToArray() }, tx).ToHashSet();
        if (statementIds.FirstOrDefault(s => !own.Contains(s)) is { } other) return (null, $"\"statements\": '{other}' is not a statement of '{actorId}'.");

        var baseId = NameKeys.Slug(name);
        var newId = baseId;
        for (var n = 2; connection.ExecuteScalar<int>("SELECT count(*) FROM actors WHERE id = @newId", new { newId }, tx) > 0; n++) newId = $"{baseId}-{n}";
        var now = clock.GetUtcNow();
        connection.Execute("INSERT INTO actors (id, name, kind, created_at, updated_at) VALUES (@newId, @name, @kind, @now, @now)",
            new { newId, name = name.Trim(), kind, now }, tx);
        connection.Execute("INSERT INTO actor_aliases (norm_alias, alias, actor_id) VALUES (@nameKey, @name, @newId) ON CONFLICT DO NOTHING",
            new { nameKey, name = name.Trim(), newId }, tx);
        var moved = new Moved(keys.ToArray(), own.ToArray(), []);
        var changes = Move(connection, tx, moved, actorId, newId, "split", by);
        var id = Record(connection, tx, "split", actorId, newId, moved, by);
        tx.Commit();
        return (new ActorCurationResult(id, newId, changes.Statements, changes.Positions), null);
    }

    /// <summary>Sets role and affiliation (null clears them), recording both before and after.</summary>
    public ActorCurationResult? Edit(string actorId, string? role, string? affiliation, string by)
    {
        using var connection = database.Open();
        using var tx = connection.BeginTransaction();
        var before = connection.QueryFirstOrDefault<(string? Role, string? Affiliation)?>(
            "SELECT role, affiliation FROM actors WHERE id = @actorId", new { actorId }, tx);
        if (before is null) return null;
        connection.Execute("UPDATE actors SET role = @role, affiliation = @affiliation, updated_at = @now WHERE id = @actorId",
            new { actorId, role, affiliation, now = clock.GetUtcNow() }, tx);
        var id = Record(connection, tx, "edit", actorId, null,
            new { before = new { before.Value.Role, before.Value.Affiliation }, after = new { role, affiliation } }, by);
        tx.Commit();
        return new ActorCurationResult(id, actorId, [], []);
    }

    /// <summary>The actor's curations (as the one kept or the one merged or split off), newest first.</summary>
    public IReadOnlyList<ActorCurationView> History(string actorId)
    {
        using var connection = database.Open();
        return connection.Query<ActorCurationView>($"{SelectRecords} WHERE actor_id = @actorId OR other_id = @actorId ORDER BY id DESC", new { actorId }).AsList();
    }

    /// <summary>The actor a merged actor now lives in, "" when it was not merged, null when there is no such actor.</summary>
    public string? MergedInto(string actorId)
    {
        using var connection = database.Open();
        return MergedInto(connection, null, actorId);
    }

    private const string SelectRecords =
        """
        SELECT id AS Id, action AS Action, actor_id AS ActorId, other_id AS OtherId, detail AS Detail, curated_by AS CuratedBy,
               curated_at AS CuratedAt, undone_by AS UndoneBy, undone_at AS UndoneAt
        FROM actor_curations
        """;

    private static string? MergedInto(IDbConnection connection, IDbTransaction? tx, string actorId) =>
        connection.QueryFirstOrDefault<(string Id, string? MergedInto)?>("SELECT id, merged_into FROM actors WHERE id = @actorId", new { actorId }, tx)
            is { } row ? row.MergedInto ?? "" : null;

    /// <summary>Moves aliases, mentions and statements that are still on <paramref name="from"/>, notes it in each
    /// statement's curation history and recomputes the positions on both sides.</summary>
    private (List<string> Statements, List<PositionChange> Positions) Move(IDbConnection connection, IDbTransaction tx, Moved moved, string from, string to, string action, string by)
    {
        connection.Execute($"UPDATE actor_aliases SET actor_id = @to WHERE actor_id = @from AND {database.In("norm_alias", "Aliases")}", new { from, to, Aliases = moved.Aliases.ToArray() }, tx);
        foreach (var m in moved.Mentions)
            connection.Execute("UPDATE mentions SET actor_id = @to WHERE actor_id = @from AND article_id = @ArticleId AND start = @Start", new { from, to, m.ArticleId, m.Start }, tx);
        var statements = connection.Query<string>($"SELECT id FROM statements WHERE speaker_id = @from AND {database.In("id", "Statements")}", new { from, Statements = moved.Statements.ToArray() }, tx).AsList();
        connection.Execute($"UPDATE statements SET speaker_id = @to WHERE speaker_id = @from AND {database.In("id", "statements")}", new { from, to, statements = statements.ToArray() }, tx);
        var now = clock.GetUtcNow();
        foreach (var statementId in statements)
        {
            connection.Execute(
                "INSERT INTO curations (statement_id, action, detail, curated_by, curated_at) VALUES (@statementId, @action, @detail, @by, @now)",
                new { statementId, action, detail = $"{from} → {to}", by, now }, tx);
        }
        var changes = new List<PositionChange>();
        foreach (var statementId in statements)
        {
            changes.AddRange(positions.RecomputeForStatement(connection, tx, statementId, from));
            changes.AddRange(positions.RecomputeForStatement(connection, tx, statementId, to));
        }
        return (statements, changes.DistinctBy(c => (c.ActorId, c.TopicId)).ToList());
    }

    private long Record(IDbConnection connection, IDbTransaction tx, string action, string actorId, string? otherId, object detail, string by) =>
        connection.ExecuteScalar<long>(
            """
            INSERT INTO actor_curations (action, actor_id, other_id, detail, curated_by, curated_at)
            VALUES (@action, @actorId, @otherId, @detail, @by, @now) RETURNING id
            """, new { action, actorId, otherId, detail = JsonSerializer.Serialize(detail, Json), by, now = clock.GetUtcNow() }, tx);
}
