using Briefing.Testing;
using Microsoft.Data.Sqlite;

namespace Briefing.Web.Tests.Ingestion;

/// <summary>Pages are mostly markup: a dropped page is limited by Briefing:MaxPageBytes as raw HTML and by
/// Briefing:MaxArticleBytes as article text (small limits here, so the files stay small).</summary>
public sealed class PageSizeTests : IDisposable
{
    private readonly BriefingAppFactory _app = new();
    private readonly string _folder;

    public PageSizeTests()
    {
        _folder = Path.Combine(_app.Folder, "drop");
        _app.With("Briefing:InboxPath", _folder).With("Briefing:FolderScanMilliseconds", "100")
            .With("Briefing:MaxArticleBytes", "20000").With("Briefing:MaxPageBytes", "400000");
        _ = _app.Services;
        Directory.CreateDirectory(_folder);
    }

    public void Dispose() => _app.Dispose();

    private static string Page(string title, string paragraph, int paragraphs, int scriptBytes) =>
        $"<html><head><title>{title}</title><script>var x = \"{new string('x', scriptBytes)}\";</script></head><body><article>"
        + string.Concat(Enumerable.Repeat($"<p>{paragraph}</p>", paragraphs)) + "</article></body></html>";

    private static async Task Eventually(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("Timed out waiting for: " + what);
            await Task.Delay(50);
        }
    }

    private long Articles(string title)
    {
        using var connection = new SqliteConnection($"Data Source={_app.DatabasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM inbox WHERE title = $title";
        command.Parameters.AddWithValue("$title", title);
        return (long)command.ExecuteScalar()!;
    }

    [Fact]
    public async Task A_page_larger_than_an_article_but_with_a_small_article_is_read()
    {
        // 100 KB of script around a 1 KB article: five times the article limit as raw HTML.
        File.WriteAllText(Path.Combine(_folder, "long.html"),
            Page("Varga keeps the port open", "Foreign Minister Aldo Varga said the Serin port would stay open to every partner.", 12, 100_000));

        await Eventually(() => File.Exists(Path.Combine(_folder, "processed", "long.html")), "the long page processed");
        Assert.Equal(1, Articles("Varga keeps the port open"));
    }

    [Fact]
    public async Task A_page_whose_article_text_is_over_the_article_limit_fails_with_that_reason()
    {
        File.WriteAllText(Path.Combine(_folder, "huge.html"),
            Page("Okoro speaks for hours", "Senator Lina Okoro spoke again about the grain subsidies and the harvest season in Maranth.", 400, 0));
        File.WriteAllText(Path.Combine(_folder, "raw.html"), Page("Too much markup", "Short.", 1, 500_000));

        await Eventually(() => File.Exists(Path.Combine(_folder, "failed", "huge.html.error.txt")) && File.Exists(Path.Combine(_folder, "failed", "raw.html.error.txt")),
            "both pages failed");
        Assert.Contains("article text is larger than the limit of 20,000 bytes", File.ReadAllText(Path.Combine(_folder, "failed", "huge.html.error.txt")));
        Assert.Contains("larger than the limit of 400,000 bytes", File.ReadAllText(Path.Combine(_folder, "failed", "raw.html.error.txt")));
        Assert.Equal(0, Articles("Okoro speaks for hours"));
    }
}
