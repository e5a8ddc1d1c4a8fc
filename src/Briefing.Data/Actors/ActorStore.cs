using System.Data;
using Briefing.Core.Extraction;
using Briefing.Core.Extraction.Actors;
using Briefing.Core.Watchlists;
using Briefing.Data.Schema;
using Dapper;

namespace Briefing.Data.Actors;

/// <summary>Actors and their aliases: cross-article identity. A name (normalised) belongs to one actor.</summary>
public sealed class ActorStore
{
    private readonly Database database;
    private readonly TimeProvider clock;
    private readonly ActorRanking<ActorRow> _ranking;

    public ActorStore(Database database, TimeProvider clock)
    {
        this.database = database;
        this.clock = clock;
        _ranking = new ActorRanking<ActorRow>(limit => Rank(limit, 0), clock);
    }

    // Aliases travel joined by the unit separator (char 31), which never occurs in a name. The counts are kept on the
    // actor's row by triggers (migration 12): counting an actor's statements on every read grew with its history.
    private string SelectViews =>
        $"""
        SELECT a.id AS Id, a.name AS Name, a.kind AS Kind, a.role AS Role, a.affiliation AS Affiliation,
               (SELECT {database.Sql("group_concat(alias, char(31))", "string_agg(alias, chr(31))")}
                FROM actor_aliases x WHERE x.actor_id = a.id) AS Aliases,
               a.statement_count AS StatementCount, a.mention_count AS MentionCount
        FROM actors a
        """;

    /// <summary>Actors that appear in at least one article, most quoted first, then most mentioned.</summary>
    public IReadOnlyList<ActorView> List(int limit = 500, int offset = 0) =>
        (_ranking.Page(limit, offset) ?? Rank(limit, offset)).Select(r => r.ToView()).AsList();

    /// <summary>Something outside this store (an analyst's merge, split or edit) changed actors or their counts.</summary>
    public void Changed() => _ranking.Changed();

    private IReadOnlyList<ActorRow> Rank(int limit, int offset)
    {
        using var connection = database.Open();
        return connection.Query<ActorRow>(
            $"SELECT * FROM ({SelectViews}) v WHERE MentionCount > 0 OR StatementCount > 0 ORDER BY StatementCount DESC, MentionCount DESC, Name LIMIT @limit OFFSET @offset",
            new { limit, offset }).AsList();
    }

    /// <summary>Finds an actor by id, canonical name or any alias.</summary>
    public ActorView? Find(string idOrName)
    {
        using var connection = database.Open();
        var id = ResolveId(connection, null, idOrName);
        return id is null ? null
            : connection.QueryFirstOrDefault<ActorRow>($"{SelectViews} WHERE a.id = @id", new { id })?.ToView();
    }

    public IReadOnlyList<ActorView> ByIds(IReadOnlyCollection<string> ids)
    {
        if (ids.Count == 0) return [];
        using var connection = database.Open();
        return ByIds(connection, ids);
    }

    /// <summary>As <see cref="ByIds(IReadOnlyCollection{string})"/>, on a connection the caller holds.</summary>
    internal IReadOnlyList<ActorView> ByIds(IDbConnection connection, IReadOnlyCollection<string> ids) =>
        ids.Count == 0 ? []
            : connection.Query<ActorRow>($"{SelectViews} WHERE {database.In("a.id", "ids")}", new { ids = ids.ToArray() })
                .Select(r => r.ToView()).AsList();

    /// <summary>Adds or updates the watch-list's actors; their canonical names and aliases win over discovery.</summary>
    public void UpsertWatched(IEnumerable<WatchedActor> actors)
    {
        _ranking.Changed();
        using var connection = database.Open();
        using var tx = connection.BeginTransaction();
        database.LockWriters(connection, tx);
        foreach (var actor in actors)
        {
            var id = ResolveId(connection, tx, actor.Name)
                     ?? Insert(connection, tx, actor.Name, actor.Kind, actor.Role, actor.Affiliation);
            connection.Execute(
                "UPDATE actors SET name = @Name, kind = @kind, role = @Role, affiliation = @Affiliation, watched = 1, updated_at = @now WHERE id = @id",
                new { id, actor.Name, kind = KindName(actor.Kind), actor.Role, actor.Affiliation, now = clock.GetUtcNow() }, tx);
            AddAliases(connection, tx, id, [actor.Name, .. actor.Aliases]);
        }
        tx.Commit();
    }

    /// <summary>Maps an article's actors to stored actors (creating new ones), inside the article's transaction.
    /// Returns extraction key → actor id. <paramref name="known"/> carries what earlier articles of the same
    /// transaction resolved: a name met again is neither looked up nor given its aliases again, and its role is
    /// written only when it differs from the last one written.</summary>
    internal Dictionary<string, string> Resolve(IDbConnection connection, IDbTransaction tx, IReadOnlyList<ExtractedActor> actors, KnownActors? known = null)
    {
        _ranking.Changed(); // a committed article changes counts (and may add actors)
        known ??= new KnownActors();
        var ids = new Dictionary<string, string>(actors.Count);
        foreach (var actor in actors)
        {
            var key = KnownActors.KeyOf(actor);
            if (!known.Ids.TryGetValue(key, out var id))
            {
                id = ResolveId(connection, tx, actor.Name)
                     ?? actor.Aliases.Select(alias => ResolveId(connection, tx, alias)).FirstOrDefault(found => found is not null)
                     ?? (actor.Kind == ActorKind.Person ? SimilarPerson(connection, tx, actor.Name) : null);
                if (id is null)
                {
                    id = Insert(connection, tx, actor.Name, actor.Kind, actor.Role, actor.Affiliation);
                    known.Roles[id] = (actor.Role, actor.Affiliation);
                }
                AddAliases(connection, tx, id, [actor.Name, .. actor.Aliases]);
                known.Ids[key] = id;
            }
            if ((actor.Role is not null || actor.Affiliation is not null)
                && !(known.Roles.TryGetValue(id, out var written) && written == (actor.Role, actor.Affiliation)))
            {
                // What the latest article says about an actor's role wins, except over the curated watch-list.
                connection.Execute(
                    """
                    UPDATE actors SET role = coalesce(CASE WHEN watched = 1 THEN role END, @Role, role),
                                      affiliation = coalesce(CASE WHEN watched = 1 THEN affiliation END, @Affiliation, affiliation),
                                      updated_at = @now
                    WHERE id = @id
                    """, new { id, actor.Role, actor.Affiliation, now = clock.GetUtcNow() }, tx);
                known.Roles[id] = (actor.Role, actor.Affiliation);
            }
            ids[actor.Key] = id;
        }
        return ids;
    }

    /// <summary>Actors already resolved in the current write transaction (see <see cref="Resolve"/>). Forget them
    /// when the transaction rolls part of itself back.</summary>
    internal sealed class KnownActors
    {
        public Dictionary<string, string> Ids { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, (string? Role, string? Affiliation)> Roles { get; } = new(StringComparer.Ordinal);

        // The name, kind and aliases decide the lookup, so together they are the key.
        public static string KeyOf(ExtractedActor actor) => string.Join('\u001f', [actor.Kind.ToString(), actor.Name, .. actor.Aliases]);

        public void Forget()
        {
            Ids.Clear();
            Roles.Clear();
        }
    }

    /// <summary>A known person whose full name is a spelling variant of <paramref name="name"/> (same first name,
    /// surname of 7+ letters at edit distance 1: "Mara Quilfeather" ~ "Mara Quillfeather"), by the extractor's
    /// conservative rule. Bare surnames never merge this way: they only match an exact alias.</summary>
    private static string? SimilarPerson(IDbConnection connection, IDbTransaction tx, string name)
    {
        var key = NameKeys.Normalize(name);
        var space = key.IndexOf(' ');
        if (space < 0) return null;
        // Normalised keys hold only letters, digits and spaces, so the prefix needs no LIKE escaping.
        var candidates = connection.Query<(string ActorId, string Alias)>(
            """
            SELECT x.actor_id, x.alias FROM actor_aliases x JOIN actors a ON a.id = x.actor_id
            WHERE a.kind = 'person' AND x.norm_alias LIKE @prefix ORDER BY a.created_at, a.id
            """, new { prefix = key[..(space + 1)] + "%" }, tx);
        return candidates.FirstOrDefault(c => ActorNames.LikelySame(c.Alias, name)).ActorId;
    }

    private static string? ResolveId(IDbConnection connection, IDbTransaction? tx, string idOrName) =>
        connection.QueryFirstOrDefault<string>(
            "SELECT id FROM actors WHERE id = @idOrName UNION ALL SELECT actor_id FROM actor_aliases WHERE norm_alias = @key LIMIT 1",
            new { idOrName, key = NameKeys.Normalize(idOrName) }, tx);

    private string Insert(IDbConnection connection, IDbTransaction tx, string name, ActorKind kind, string? role, string? affiliation)
    {
        var baseId = NameKeys.Slug(name);
        var id = baseId;
        for (var n = 2; connection.ExecuteScalar<int>("SELECT count(*) FROM actors WHERE id = @id", new { id }, tx) > 0; n++)
            id = $"{baseId}-{n}";
        var now = clock.GetUtcNow();
        connection.Execute(
            """
            INSERT INTO actors (id, name, kind, role, affiliation, created_at, updated_at)
            VALUES (@id, @name, @kind, @role, @affiliation, @now, @now)
            """, new { id, name, kind = KindName(kind), role, affiliation, now }, tx);
        return id;
    }

    private static void AddAliases(IDbConnection connection, IDbTransaction tx, string actorId, IEnumerable<string> aliases)
    {
        foreach (var alias in aliases.Distinct())
        {
            var key = NameKeys.Normalize(alias);
            if (key.Length == 0) continue;
            connection.Execute(
                "INSERT INTO actor_aliases (norm_alias, alias, actor_id) VALUES (@key, @alias, @actorId) ON CONFLICT DO NOTHING",
                new { key, alias, actorId }, tx);
        }
    }

    internal static string KindName(ActorKind kind) => kind switch
    {
        ActorKind.Person => "person",
        ActorKind.Organization => "organization",
        _ => "place",
    };

    private sealed class ActorRow
    {
        public string Id { get; init; } = "";
        public string Name { get; init; } = "";
        public string Kind { get; init; } = "";
        public string? Role { get; init; }
        public string? Affiliation { get; init; }
        public string? Aliases { get; init; }
        public int StatementCount { get; init; }
        public int MentionCount { get; init; }

        public ActorView ToView() => new(Id, Name, Kind, Role, Affiliation,
            Aliases is null ? [] : Aliases.Split('\u001f').Where(a => a != Name).Order().ToArray(), StatementCount);
    }
}
