using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Briefing.Load;

/// <summary>When a dashboard shows an article, for articles the dashboard had no room to render.
/// <para>"Latest articles" keeps the newest 30. At a thousand articles a second one frame brings more than 30, so the
/// older ones of that frame enter and leave the list in the same render and their titles are never in a render batch,
/// although the screen shows everything the server committed up to the frame's newest article (the older ones are
/// below it, on the articles page). So a dashboard <em>shows</em> article k from the first render batch that contains k's
/// title or the title of an article committed in a later transaction than k: the view applies events in commit
/// order (or reloads from a store that already holds k), so at that render k is in the list or 30 newer articles are
/// above it. An article of the same transaction does not count (a frame may hold only part of a transaction's
/// events), and an article the pipeline parked, never committed, is never shown: real losses stay losses.</para>
/// </summary>
public static class CommitOrder
{
    /// <summary>Each serial's commit transaction, as a rank (0 = first committed; -1 = not in the store): read from
    /// <c>GET /api/articles</c>, whose <c>ingestedAt</c> is the time of the article's transaction.</summary>
    public static async Task<int[]> FetchAsync(HttpClient http, byte[] marker, int maxSerial, int expected)
    {
        var committedAt = new Dictionary<int, DateTimeOffset>();
        // Newest first, following the server's Link: <…>; rel="next" until every expected article is found or the list
        // ends (articles from before the run have no marker and are skipped).
        string? next = "/api/articles?limit=1000";
        while (next is not null && committedAt.Count < expected)
        {
            using var response = await http.GetAsync(next);
            response.EnsureSuccessStatusCode();
            var page = await response.Content.ReadFromJsonAsync<JsonElement>();
            foreach (var article in page.EnumerateArray())
            {
                if (Serial(Encoding.UTF8.GetBytes(article.GetProperty("title").GetString() ?? ""), marker) is { } serial && serial <= maxSerial)
                    committedAt[(int)serial] = article.GetProperty("ingestedAt").GetDateTimeOffset();
            }
            next = response.Headers.TryGetValues("Link", out var links)
                && links.FirstOrDefault() is { } link && link.StartsWith('<') && link.IndexOf('>') is var end and > 0
                ? link[1..end] : null;
        }
        var ranks = committedAt.Values.Distinct().Order().Select((at, i) => (at, i)).ToDictionary(p => p.at, p => p.i);
        var result = Enumerable.Repeat(-1, maxSerial + 1).ToArray();
        foreach (var (serial, at) in committedAt) result[serial] = ranks[at];
        return result;
    }

    /// <summary>For one dashboard: when it first showed each article (NaN: never), from when it first rendered each title
    /// (<paramref name="rendered"/>) and each serial's commit rank.</summary>
    public static double[] Shown(double[] rendered, int[] rank)
    {
        var ranks = rank.Length == 0 ? 0 : rank.Max() + 1;
        // The earliest render of any article of each transaction, then of any later transaction.
        var firstOfRank = Enumerable.Repeat(double.NaN, ranks + 1).ToArray();
        for (var k = 0; k < rendered.Length && k < rank.Length; k++)
            if (rank[k] >= 0 && !double.IsNaN(rendered[k])) firstOfRank[rank[k]] = Earliest(firstOfRank[rank[k]], rendered[k]);
        var firstAfter = new double[ranks + 1];
        firstAfter[ranks] = double.NaN;
        for (var r = ranks - 1; r >= 0; r--) firstAfter[r] = Earliest(firstAfter[r + 1], firstOfRank[r + 1]);

        var shown = new double[rendered.Length];
        for (var k = 0; k < rendered.Length; k++)
            shown[k] = k < rank.Length && rank[k] >= 0 ? Earliest(rendered[k], firstAfter[rank[k]]) : rendered[k];
        return shown;
    }

    private static double Earliest(double a, double b) => double.IsNaN(a) ? b : double.IsNaN(b) ? a : Math.Min(a, b);

    /// <summary>The serial in a title "…RUN-K…", or null.</summary>
    private static long? Serial(ReadOnlySpan<byte> title, byte[] marker)
    {
        var at = title.IndexOf(marker);
        if (at < 0) return null;
        var digits = title[(at + marker.Length)..];
        long k = 0;
        var n = 0;
        while (n < digits.Length && n < 9 && digits[n] is >= (byte)'0' and <= (byte)'9') k = k * 10 + (digits[n++] - '0');
        return n > 0 ? k : null;
    }
}
