using System.Net.Http.Json;
using System.Text.Json;
using ClosedXML.Excel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Briefing.BrowserTests.Briefs;

/// <summary>The brief in a real browser over the seed: from the actor page's Export button to the print layout and the
/// three downloads (Markdown, CSV, Excel), each checked for the same content. Screenshots are left in the temp
/// folder (brief-*.png).</summary>
public sealed class BriefExportTests(BrowserFixture browser)
    : BrowserPageTest(browser, new ViewportSize { Width = 1200, Height = 900 }, withSeeds: true)
{
    private const string Actor = "pete-hegseth";

    [Fact]
    public async Task The_brief_for_one_actor_on_the_seed_prints_and_exports_as_markdown_csv_and_excel()
    {
        using var client = new HttpClient { BaseAddress = BaseUrl };
        var positions = await SettledPositionsAsync(client, $"?actor={Actor}");

        await Page.GotoAsync(new Uri(BaseUrl, $"/actors/{Actor}").ToString());
        await Page.Locator(".live-indicator[data-live='on']").WaitForAsync(new() { Timeout = 15000 });
        var brief = await Page.Context.RunAndWaitForPageAsync(() => Page.Locator(".export-brief").ClickAsync());
        await brief.Locator("#brief-title").WaitForAsync(new() { Timeout = 15000 });
        Assert.Contains($"/brief?actor={Actor}", brief.Url);
        Assert.Equal("Brief: Pete Hegseth", await brief.Locator("#brief-title").InnerTextAsync());

        // The page: one row per position, and his statements with their source and in-app links.
        var rows = brief.Locator("#brief-positions .brief-position");
        Assert.Equal(positions.GetArrayLength(), await rows.CountAsync());
        var quotes = brief.Locator("#brief-statements .brief-quote");
        Assert.True(await quotes.CountAsync() > 0);
        var firstQuote = (await quotes.First.Locator(".brief-text").InnerTextAsync()).Trim();
        Assert.Contains("articles/", await quotes.First.Locator("a.app-link").GetAttributeAsync("href"));
        await brief.ScreenshotAsync(new() { Path = Shot("brief-screen.png"), FullPage = true });

        // Paper: no navigation or buttons, and every section after the first starts a new page.
        await brief.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.False(await brief.Locator(".brief-actions").IsVisibleAsync());
        Assert.Equal("page", await brief.Locator("#brief-changed").EvaluateAsync<string>("e => getComputedStyle(e).breakBefore"));
        Assert.Equal("auto", await brief.Locator("#brief-positions").EvaluateAsync<string>("e => getComputedStyle(e).breakBefore"));
        await brief.ScreenshotAsync(new() { Path = Shot("brief-print.png"), FullPage = true });
        await brief.EmulateMediaAsync(new() { Media = Media.Screen });

        var markdown = await File.ReadAllTextAsync(await DownloadAsync(brief, "#export-md", ".md"));
        Assert.StartsWith("# Brief: Pete Hegseth", markdown);
        Assert.Contains("## Who said what", markdown);
        Assert.Contains(Plain(firstQuote), Plain(markdown));
        foreach (var p in positions.EnumerateArray())
            Assert.Contains($"| {p.GetProperty("topic").GetProperty("name").GetString()!.Replace("'", "'")} | Pete Hegseth | {p.GetProperty("stance").GetString()}", markdown);

        var csv = (await File.ReadAllLinesAsync(await DownloadAsync(brief, "#export-csv", ".csv"))).Where(l => l.Length > 0).ToList();
        Assert.StartsWith("time,speaker,role,statement,kind,topic,stance,confidence,source,url", csv[0]);
        Assert.Equal(await quotes.CountAsync(), csv.Count - 1);
        Assert.All(csv.Skip(1), row => Assert.Contains(",Pete Hegseth,", row));
        Assert.Contains(csv, row => row.Contains(firstQuote.Replace("\"", "\"\"")));

        using var book = new XLWorkbook(new MemoryStream(await File.ReadAllBytesAsync(await DownloadAsync(brief, "#export-xlsx", ".xlsx"))));
        var sheet = book.Worksheet("Statements");
        var texts = sheet.RowsUsed().Skip(1).Select(r => r.Cell(4).GetString()).ToList();
        Assert.Equal(await quotes.CountAsync(), texts.Count);
        Assert.Contains(firstQuote, texts);
        Assert.All(sheet.RowsUsed().Skip(1), r => Assert.Equal("Pete Hegseth", r.Cell(2).GetString()));
        Assert.Equal(positions.GetArrayLength(), book.Worksheet("Positions").RowsUsed().Count() - 1);
    }

    private static async Task<string> DownloadAsync(IPage page, string button, string extension)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator(button).ClickAsync());
        Assert.EndsWith(extension, download.SuggestedFilename);
        return (await download.PathAsync())!;
    }

    /// <summary>Markdown escapes punctuation with backslashes: compare without them.</summary>
    private static string Plain(string text) => text.Replace("\\", "");

    private static string Shot(string name) => Path.Combine(Path.GetTempPath(), name);
}
