using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Briefing.Data.Actors;
using Briefing.Data.Schema;
using Microsoft.Data.Sqlite;

namespace Briefing.Cli.Generate;

/// <summary>Fast inserts for the generator: one connection, prepared statements reused for every row, one
/// transaction per chunk of articles, and no fsync per commit (a generated file is rebuilt, never recovered).</summary>
internal sealed class BulkWriter : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly Dictionary<string, string> _actorIds = [];

    public BulkWriter(Database database)
    {
        // The generator writes the embedded SQLite default only.
        _connection = (SqliteConnection)database.Open();
        Exec("PRAGMA synchronous = OFF; PRAGMA cache_size = -200000;");
    }

    /// <summary>Article ids: fixed-width hex like the inbox's hash ids, ordered by generation.</summary>
    public static string ArticleId(int index) => $"g{index:x15}";

    /// <summary>The store's timestamp format (sortable ISO-8601 UTC text, as the Dapper handler writes it).</summary>
    private static string Time(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", System.Globalization.CultureInfo.InvariantCulture);

    public void Meta(string key, DateTimeOffset value) =>
        Exec($"INSERT OR REPLACE INTO meta (key, value) VALUES ('{key}', '{value:O}')");

    public void Actors(IReadOnlyList<Person> cast)
    {
        using var tx = _connection.BeginTransaction();
        using var actor = Prepare(tx, "INSERT INTO actors (id, name, kind, role, affiliation, created_at, updated_at) VALUES ($id, $name, 'person', $role, $affiliation, $now, $now)",
            "$id", "$name", "$role", "$affiliation", "$now");
        using var alias = Prepare(tx, "INSERT OR IGNORE INTO actor_aliases (norm_alias, alias, actor_id) VALUES ($key, $alias, $id)", "$key", "$alias", "$id");
        var now = Time(DateTimeOffset.UtcNow);
        foreach (var person in cast)
        {
            var id = NameKeys.Slug(person.Name);
            _actorIds[person.Name] = id;
            Run(actor, id, person.Name, person.Role, person.Country, now);
            Run(alias, NameKeys.Normalize(person.Name), person.Name, id);
            Run(alias, NameKeys.Normalize(person.Surname), person.Surname, id); // a surname already taken stays with its first owner
        }
        tx.Commit();
    }

    public void Articles(IReadOnlyList<GeneratedArticle> articles, int firstIndex, Func<int, DateTimeOffset> ingestedAt, FictionalWire wire)
    {
        using var tx = _connection.BeginTransaction();
        using var article = Prepare(tx,
            "INSERT INTO articles (id, title, text, url, source, published_at, ingested_at, content_hash) VALUES ($id, $title, $text, $url, $source, $published, $ingested, $hash)",
            "$id", "$title", "$text", "$url", "$source", "$published", "$ingested", "$hash");
        using var mention = Prepare(tx, "INSERT OR IGNORE INTO mentions (article_id, actor_id, start, end) VALUES ($article, $actor, $start, $end)",
            "$article", "$actor", "$start", "$end");
        using var statement = Prepare(tx,
            """
            INSERT INTO statements (id, article_id, ordinal, speaker_id, text, kind, cue, cue_start, cue_end, source_start, source_end,
                content_spans, sentence_start, sentence_end, resolution, confidence, published_at, ingested_at)
            VALUES ($id, $article, $ordinal, $speaker, $text, $kind, 'said', $cueStart, $cueEnd, $sourceStart, $sourceEnd,
                $spans, $sentenceStart, $sentenceEnd, 'named', $confidence, $published, $ingested)
            """,
            "$id", "$article", "$ordinal", "$speaker", "$text", "$kind", "$cueStart", "$cueEnd", "$sourceStart", "$sourceEnd",
            "$spans", "$sentenceStart", "$sentenceEnd", "$confidence", "$published", "$ingested");
        for (var a = 0; a < articles.Count; a++)
        {
            var generated = articles[a];
            var id = ArticleId(firstIndex + a);
            var ingested = ingestedAt(firstIndex + a);
            var published = Time(ingested - TimeSpan.FromMinutes(wire.Next(180)));
            var at = Time(ingested);
            Run(article, id, generated.Title, generated.Text, $"https://wire.example/{id}", generated.Source, published, at,
                Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(generated.Text))));
            foreach (var (person, start, end) in generated.Mentions) Run(mention, id, _actorIds[person.Name], start, end);
            for (var s = 0; s < generated.Statements.Count; s++)
            {
                var g = generated.Statements[s];
                Run(statement, Briefing.Data.Statements.StatementStore.IdFor(id, s), id, s, _actorIds[g.Speaker.Name], g.Text, g.Kind,
                    g.CueStart, g.CueEnd, g.SourceStart, g.SourceEnd,
                    JsonSerializer.Serialize(new[] { new { Start = g.ContentStart, End = g.ContentEnd } }),
                    g.SentenceStart, g.SentenceEnd, 0.9, published, at);
            }
        }
        tx.Commit();
    }

    private SqliteCommand Prepare(SqliteTransaction tx, string sql, params string[] names)
    {
        var command = _connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        foreach (var name in names) command.Parameters.Add(new SqliteParameter(name, null));
        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
        command.ExecuteNonQuery();
    }

    private void Exec(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose() => _connection.Dispose();
}
