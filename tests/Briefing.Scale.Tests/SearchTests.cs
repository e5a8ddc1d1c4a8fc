using Briefing.Data.Actors;
using Briefing.Data.Schema;
using Briefing.Data.Statements;
using Dapper;

namespace Briefing.Scale.Tests;

/// <summary>The SQLite search takes shortcuts at scale (a window of the newest statements, matches read from a row id
/// up): whichever path a query takes, a page must be exactly the page of "every match, newest first".</summary>
public sealed class SearchTests(GeneratedStore store) : IClassFixture<GeneratedStore>
{
    [Theory]
    [InlineData(5_000, 2_000)] // the defaults: on this small store every word has few matches, read and sorted
    [InlineData(1, 20)]        // every word counts as common: windows smaller than the store, then the whole-index walk
    public void Every_search_page_is_the_page_of_all_matches_newest_first(int fewMatches, int window)
    {
        var database = new Database(store.DatabasePath);
        var statements = new StatementStore(database) { FewMatches = fewMatches, SearchWindow = window };
        var speaker = new ActorStore(database, TimeProvider.System).List(1)[0].Id;
        var words = Words(database);
        Assert.True(words.Count >= 3, "the generated store should have words to search for");

        foreach (var word in words)
        foreach (var (offset, limit) in new[] { (0, 20), (40, 7), (300, 50), (5_000, 10) })
        foreach (var actor in new[] { null, speaker })
        {
            var expected = Reference(database, word, actor, limit, offset);
            var actual = statements.Query(new StatementQuery(actor, word, Limit: limit, Offset: offset)).Select(s => s.Id).ToList();
            Assert.True(expected.SequenceEqual(actual), $"'{word}' actor={actor} offset={offset} limit={limit}: expected [{string.Join(", ", expected)}], got [{string.Join(", ", actual)}]");
        }
    }

    [Fact]
    public void A_search_walked_by_cursor_is_the_search_in_one_page()
    {
        var database = new Database(store.DatabasePath);
        var statements = new StatementStore(database) { FewMatches = 1, SearchWindow = 20 };
        var word = Words(database)[0];
        var whole = statements.Query(new StatementQuery(Text: word, Limit: 1000)).Select(s => s.Id).ToList();

        var walked = new List<string>();
        var page = statements.Query(new StatementQuery(Text: word, Limit: 37));
        while (page.Count > 0)
        {
            walked.AddRange(page.Select(s => s.Id));
            page = statements.Query(new StatementQuery(Text: word, Limit: 37, After: StatementQuery.CursorOf(page[^1])));
        }

        Assert.Equal(whole, walked);
    }

    /// <summary>A common word, a middling one and a rare one from the store's own vocabulary, and one that is absent.</summary>
    private static List<string> Words(Database database)
    {
        using var connection = database.Open();
        connection.Execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.vocabulary USING fts5vocab(main, 'statements_fts', 'row')");
        var byFrequency = connection.Query<string>("SELECT term FROM temp.vocabulary WHERE length(term) > 3 ORDER BY doc DESC, term").AsList();
        return byFrequency.Count == 0 ? [] : [byFrequency[0], byFrequency[byFrequency.Count / 2], byFrequency[^1], "zzyzxnotaword"];
    }

    /// <summary>The plain statement of the search: every live match, sorted, then the page.</summary>
    private static List<string> Reference(Database database, string word, string? actorId, int limit, int offset)
    {
        using var connection = database.Open();
        return connection.Query<string>(
            """
            SELECT s.id FROM statements s
            WHERE s.rejected = 0 AND (@actorId IS NULL OR s.speaker_id = @actorId)
              AND s.rowid IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH @match)
            ORDER BY s.ingested_at DESC, s.ordinal, s.id LIMIT @limit OFFSET @offset
            """, new { actorId, match = $"\"{word}\"", limit, offset }).AsList();
    }
}
