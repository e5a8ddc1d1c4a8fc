using System.Data;
using Dapper;

namespace Briefing.Data.Statements;

/// <summary>One page of a word search over statements on SQLite (FTS5), newest first, at any store size. Asking
/// SQLite for "the matches, newest first" reads every match's row and sorts them all: seconds for a common word at a
/// million statements. Instead:
/// <list type="bullet">
/// <item>A word with few matches (under <see cref="FewMatches"/>): read them from the full-text index and sort them.</item>
/// <item>A common word: take a window of the newest statements that pass the other filters from the time (or speaker)
/// index alone, and keep those among the matches, in order. The matches are read only from the window's lowest row id
/// upwards, so a word in most statements costs what a rarer one does. The window is a prefix of the list, so a full
/// page from it is exactly the page; a short one tries a window 16 times larger, then walks the whole index.</item>
/// </list></summary>
internal static class SqliteSearch
{
    /// <summary>Below this many matches, reading and sorting them all is cheap.</summary>
    public const int FewMatches = 5_000;

    /// <summary>The smallest first window: tens of statements per page row, so a word in a few percent of statements
    /// fills a page from it.</summary>
    public const int MinWindow = 2_000;

    /// <summary>The page's statement ids. <paramref name="filter"/> is the list's other conditions (on alias s),
    /// <paramref name="order"/> its ORDER BY; <paramref name="args"/> carries their parameters and gets
    /// match, limit and offset.</summary>
    public static IReadOnlyList<string> PageIds(IDbConnection connection, string filter, string order, DynamicParameters args,
        string match, int limit, int offset, int fewMatches = FewMatches, int minWindow = MinWindow)
    {
        args.Add("match", match);
        args.Add("limit", limit);
        args.Add("offset", offset);
        var few = connection.ExecuteScalar<long>(
            "SELECT count(*) FROM (SELECT 1 FROM statements_fts WHERE statements_fts MATCH @match LIMIT @FewMatches)",
            new { match, FewMatches = fewMatches }) < fewMatches;
        if (few) return Page(connection, filter, order, args, "s.rowid IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH @match)");

        var window = Math.Max(minWindow, 20 * (offset + limit));
        for (var attempt = 0; attempt < 2; attempt++, window *= 16)
        {
            args.Add("window", window);
            var ids = connection.Query<string>(
                $"""
                WITH win AS (SELECT s.rowid AS r, s.id AS id, s.ingested_at AS ingested_at, s.ordinal AS ordinal
                             FROM statements s WHERE {filter} ORDER BY {order} LIMIT @window)
                SELECT id FROM win
                WHERE r IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH @match AND rowid >= (SELECT min(r) FROM win))
                ORDER BY {order.Replace("s.", "", StringComparison.Ordinal)} LIMIT @limit OFFSET @offset
                """, args).AsList();
            if (ids.Count == limit) return ids;
        }
        // The unary + stops the planner from driving the search from the many matches (each one's row read, then all
        // sorted): it walks the ordered index and probes the matches until the page is full.
        return Page(connection, filter, order, args, "+s.rowid IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH @match)");
    }

    private static List<string> Page(IDbConnection connection, string filter, string order, DynamicParameters args, string matches) =>
        connection.Query<string>($"SELECT s.id FROM statements s WHERE {filter} AND {matches} ORDER BY {order} LIMIT @limit OFFSET @offset", args).AsList();
}
