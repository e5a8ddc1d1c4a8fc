using System.Text.Json;
using Briefing.Testing;
using Briefing.Web.Ingestion.Feeds;
using Briefing.Web.Ingestion.Text;
using Xunit.Abstractions;

namespace Briefing.Web.Tests.Ingestion;

/// <summary>Measures reading over a corpus built by scripts/web-corpus/make.py (scripts/web-corpus.sh runs both):
/// feeds read, feeds read exactly (title and text), U+FFFD in anything read, page titles right, furniture leaked.
/// Prints the numbers and the misses; not part of the default run.</summary>
public sealed class WebCorpusReport(ITestOutputHelper output)
{
    [EnvFact("WEB_CORPUS", "Web corpus measurement")]
    public void Report()
    {
        var folder = Environment.GetEnvironmentVariable("WEB_CORPUS")!;
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "manifest.json")));
        int feeds = 0, read = 0, exact = 0, replacement = 0;
        var misses = new List<string>();
        foreach (var feed in manifest.RootElement.GetProperty("feeds").EnumerateArray())
        {
            feeds++;
            var file = feed.GetProperty("file").GetString()!;
            var charset = feed.GetProperty("charset").GetString();
            try
            {
                var body = TextDecoder.Decode(File.ReadAllBytes(Path.Combine(folder, "feeds", file)), charset, BodyKind.Xml).Text;
                var entry = FeedParser.Parse(body).Entries.Single();
                read++;
                var text = HtmlText.FromHtml(entry.ContentHtml ?? entry.SummaryHtml);
                replacement += (entry.Title + text).Count(c => c == '\uFFFD');
                if (entry.Title == feed.GetProperty("title").GetString() && text == feed.GetProperty("text").GetString()) exact++;
                else misses.Add($"feed {file}: “{entry.Title}” / “{Shorten(text)}”");
            }
            catch (Exception exception)
            {
                misses.Add($"feed {file}: {exception.Message}");
            }
        }

        int pages = 0, titles = 0, complete = 0, leaks = 0, pageReplacement = 0;
        foreach (var page in manifest.RootElement.GetProperty("pages").EnumerateArray())
        {
            pages++;
            var file = page.GetProperty("file").GetString()!;
            var html = TextDecoder.Decode(File.ReadAllBytes(Path.Combine(folder, "pages", file)), null, BodyKind.Html).Text;
            var article = ArticlePageReader.Read("https://courier.example/world/story", html);
            var text = article.Text ?? "";
            pageReplacement += (article.Title + text).Count(c => c == '\uFFFD');
            if (article.Title == page.GetProperty("title").GetString()) titles++;
            else misses.Add($"page {file}: title “{article.Title}”");
            if (page.GetProperty("paragraphs").EnumerateArray().All(p => text.Contains(p.GetString()!))) complete++;
            else misses.Add($"page {file}: article text incomplete: “{Shorten(text)}”");
            var leaked = page.GetProperty("furniture").EnumerateArray().Select(f => f.GetString()!).Where(text.Contains).ToList();
            leaks += leaked.Count;
            if (leaked.Count > 0) misses.Add($"page {file}: furniture in text: {string.Join(", ", leaked)}");
        }

        output.WriteLine($"feeds: {read}/{feeds} read ({100.0 * read / feeds:F1} %), {exact}/{feeds} exact title and text ({100.0 * exact / feeds:F1} %), U+FFFD: {replacement}");
        output.WriteLine($"pages: titles right {titles}/{pages} ({100.0 * titles / pages:F1} %), article complete {complete}/{pages}, furniture leaked {leaks} times, U+FFFD: {pageReplacement}");
        foreach (var miss in misses.Take(60)) output.WriteLine("  " + miss);
        if (misses.Count > 60) output.WriteLine($"  … and {misses.Count - 60} more");
        Assert.True(read == feeds, $"{feeds - read} feeds not read");
    }

    private static string Shorten(string text) => text.Length > 90 ? text[..90] + "…" : text;
}
