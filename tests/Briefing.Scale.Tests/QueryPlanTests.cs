using System.Text.RegularExpressions;
using Briefing.Data.Actors;
using Briefing.Data.Articles;
using Briefing.Data.Inbox;
using Briefing.Data.Positions;
using Briefing.Data.Schema;
using Briefing.Data.Statements;
using Dapper;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Briefing.Scale.Tests;

/// <summary>The hot read queries, traced as the stores really run them, must find their rows through an index:
/// no full scan of statements, articles, mentions or classifications, whatever the store's size.</summary>
public sealed partial class QueryPlanTests(GeneratedStore store) : IClassFixture<GeneratedStore>
{
    private static readonly string[] BigTables = ["statements", "articles", "mentions", "statement_topics"];

    [Fact]
    public void The_dashboard_actor_page_positions_and_list_queries_use_indexes()
    {
        var database = new Database(store.DatabasePath);
        var traced = new List<string>();
        var clock = TimeProvider.System;
        var actors = new ActorStore(database, clock);
        var statements = new StatementStore(database);
        var commonWordSearch = new StatementStore(database) { FewMatches = 1, SearchWindow = 20 };
        var positions = new PositionStore(database);
        var articles = new ArticleStore(database, actors, statements, positions, new InboxStore(database, clock), clock);
        var top = actors.List(2);
        var topic = database.Open().QueryFirst<string>("SELECT id FROM topics ORDER BY name");

        database.OnOpen = connection => Trace(connection, traced);
        articles.Latest(30);
        articles.Latest(50, offset: 50);
        articles.Find(articles.Latest(1)[0].Id);
        actors.List(40);
        actors.Find(top[0].Id);
        statements.Query(new StatementQuery(Limit: 60));
        statements.Query(new StatementQuery(Limit: 50, Offset: 200));
        statements.Query(new StatementQuery(ActorId: top[0].Id, Limit: 60));
        statements.Query(new StatementQuery(Text: "harbour", Limit: 50));
        var newest = statements.Query(new StatementQuery(Limit: 50));
        statements.Query(new StatementQuery(Limit: 50, After: StatementQuery.CursorOf(newest[^1])));
        articles.Latest(50, after: ArticleStore.CursorOf(articles.Latest(1)[0]));
        commonWordSearch.Query(new StatementQuery(Text: "the", Limit: 50));
        commonWordSearch.Query(new StatementQuery(Text: "the", Limit: 50, Offset: 900));
        commonWordSearch.Query(new StatementQuery(ActorId: top[0].Id, Text: "the", Limit: 50));
        positions.Tally(new PositionQuery(TopicIds: [topic]));
        positions.Tally(new PositionQuery());
        positions.Count(new PositionQuery(TopicIds: [topic]));
        positions.CountsByTopic();
        new ActivityQueries(database).MostActive(DateTimeOffset.UtcNow - TimeSpan.FromDays(7));
        positions.Query(new PositionQuery([top[0].Id, top[1].Id], [topic], EvidenceLimit: 3));
        positions.Query(new PositionQuery(TopicIds: [topic], Limit: 500));
        positions.Query(new PositionQuery(Limit: 500));
        database.OnOpen = null;

        var selects = traced.Where(sql => sql.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)).Distinct().ToList();
        Assert.True(selects.Count >= 20, $"only {selects.Count} queries traced");
        using var connection = database.Open();
        foreach (var sql in selects)
        {
            var plan = connection.Query<(long Id, long Parent, long NotUsed, string Detail)>("EXPLAIN QUERY PLAN " + sql).Select(r => r.Detail).ToList();
            var fullScans = plan.Where(line => FullScan().Match(line) is { Success: true } m && BigTables.Contains(TableOf(sql, m.Groups[1].Value))).ToList();
            Assert.True(fullScans.Count == 0, $"full scan in\n{sql}\nplan:\n{string.Join("\n", plan)}");
            // A speaker's statements are found through the speaker index, not by walking a whole topic or the timeline.
            if (sql.Contains("s.speaker_id = '", StringComparison.Ordinal))
                Assert.True(plan.Any(line => line.StartsWith("SEARCH s USING", StringComparison.Ordinal) && line.Contains("statements_by_speaker", StringComparison.Ordinal)),
                    $"speaker query not driven by the speaker index:\n{sql}\nplan:\n{string.Join("\n", plan)}");
            // A position's evidence is one range of the evidence index, newest first without a sort.
            if (sql.Contains("st.speaker_id = '", StringComparison.Ordinal) && sql.Contains("DESC LIMIT", StringComparison.Ordinal))
                Assert.True(plan.Any(line => line.Contains("statement_topics_evidence", StringComparison.Ordinal)) && !plan.Any(line => line.Contains("TEMP B-TREE", StringComparison.Ordinal)),
                    $"evidence not read from its index:\n{sql}\nplan:\n{string.Join("\n", plan)}");
            // A page of the timeline (or of positions) is read in index order: no sort of every row.
            if (sql.StartsWith("SELECT s.id FROM statements s WHERE s.rejected = 0 ORDER BY", StringComparison.Ordinal)
                || sql.StartsWith("SELECT s.id FROM statements s WHERE s.rejected = 0 AND s.ingested_at <=", StringComparison.Ordinal)
                || sql.Contains("WHERE 1 = 1 AND p.last_seen >=", StringComparison.Ordinal))
                Assert.False(plan.Any(line => line.Contains("USE TEMP B-TREE FOR ORDER BY", StringComparison.Ordinal)),
                    $"a page sorts the whole list:\n{sql}\nplan:\n{string.Join("\n", plan)}");
        }
    }

    /// <summary>The table behind an alias in the traced SQL ("FROM statements s" → s → statements).</summary>
    private static string TableOf(string sql, string alias)
    {
        var match = Regex.Match(sql, $@"\b(\w+)\s+(?:AS\s+)?{Regex.Escape(alias)}\b(?!\.)", RegexOptions.IgnoreCase);
        return BigTables.Contains(alias) ? alias : match.Success ? match.Groups[1].Value : alias;
    }

    [GeneratedRegex(@"^SCAN (\w+)(?! VIRTUAL)(?!.*USING (?:COVERING )?INDEX)")]
    private static partial Regex FullScan();

    /// <summary>Records every statement SQLite runs on this connection (with its bound values filled in).</summary>
    private static void Trace(SqliteConnection connection, List<string> traced) =>
        raw.sqlite3_trace(connection.Handle, (_, sql) =>
        {
            var text = sql.utf8_to_string();
            if (text is not null && !text.StartsWith("--", StringComparison.Ordinal)) lock (traced) traced.Add(text);
        }, null);
}
