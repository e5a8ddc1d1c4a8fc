using Briefing.Testing;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Briefing.BrowserTests.Wall;

/// <summary>Screenshots of each panel at 1920×1080 and 1280×720 for a person to look at. Runs only when
/// WALL_SCREENSHOTS names a folder (e.g. WALL_SCREENSHOTS=/tmp/wall dotnet test --filter WallScreenshots).</summary>
[Collection(BrowserCollection.Name)]
public sealed class WallScreenshots(BrowserFixture browser, ITestOutputHelper output)
{
    [EnvFact("WALL_SCREENSHOTS", "Wall screenshots for a person to look at")]
    public async Task Each_panel_and_a_flash_are_captured_at_two_screen_sizes()
    {
        var folder = Environment.GetEnvironmentVariable("WALL_SCREENSHOTS")!;
        Directory.CreateDirectory(folder);

        await using var app = new BriefingAppFactory();
        var baseUrl = app.StartOnLoopback();
        var data = new WallData(app.Services);
        foreach (var (title, speaker, role, text) in Sample)
            data.Commit(title, "Harbour Courier", new WallData.Quote(speaker, role, text));
        var writer = app.WriterClient();
        foreach (var (who, says) in Positions)
            await app.IngestAsync(writer, new { title = $"{who} on policy", text = $"{says}", source = "Policy Wire" });

        foreach (var size in new[] { WallPage.FullHd, WallPage.Hd })
        foreach (var theme in new[] { "dark", "light" })
        {
            var page = await browser.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = size });
            page.Console += (_, message) => output.WriteLine($"console {message.Type}: {message.Text}");
            page.PageError += (_, error) => output.WriteLine($"page error: {error}");
            await WallPage.OpenAsync(page, baseUrl, $"?pin=quotes&theme={theme}&urgent=embargo");
            foreach (var panel in new[] { "quotes", "positions", "actors", "articles" })
            {
                await page.GotoAsync(new Uri(baseUrl, $"/wall?pin={panel}&theme={theme}&urgent=embargo").ToString());
                await WallPage.WaitLiveAsync(page);
                if (panel == "quotes")
                    await data.PublishAsync("Lumen Bay council splits over port fees", "Test Wire",
                        new WallData.Quote("Ines Okafor", "Mayor of Lumen Bay", "The port fees will not rise this year, whatever the council decides."));
                await page.WaitForTimeoutAsync(600);
                var file = Path.Combine(folder, $"wall-{size.Width}x{size.Height}-{theme}-{panel}.png");
                await page.ScreenshotAsync(new() { Path = file });
                output.WriteLine($"{file}: scrollbars={await WallPage.HasScrollbarsAsync(page)} nodes={await WallPage.DomNodesAsync(page)}");
            }
            await data.PublishAsync("Veltria weighs an embargo", "Test Wire",
                new WallData.Quote("Aldo Varga", "Foreign Minister of Veltria", "An embargo on Serin grain is not on the table, and it will not be while I hold this office."));
            await page.Locator("#wall-flash").WaitForAsync();
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"wall-{size.Width}x{size.Height}-{theme}-flash.png") });
            var quoteSize = await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.wall')).fontSize");
            output.WriteLine($"{size.Width}x{size.Height} {theme}: base font {quoteSize}");
            await page.CloseAsync();
        }
    }

    private static readonly (string Who, string Says)[] Positions =
    [
        ("Varga", "Veltrian Foreign Minister Aldo Varga spoke on Monday. “We will raise defence spending to three percent next year,” Varga said."),
        ("Varga", "Veltrian Foreign Minister Aldo Varga spoke on Tuesday. “The peace talks must lead to a lasting peace deal,” Varga said."),
        ("Reyes", "Opposition leader Tomas Reyes spoke on Monday. “We must cut defence spending and fund the hospitals,” Reyes said."),
        ("Okafor", "Lumen Bay mayor Ines Okafor spoke on Monday. “A lasting peace agreement is within reach,” Okafor said."),
        ("Brel", "Fisheries Minister Ana Brel spoke on Monday. “We will raise defence spending, and the coast guard gets its share,” Brel said."),
    ];

    private static readonly (string Title, string Speaker, string Role, string Text)[] Sample =
    [
        ("Veltria keeps the harbour open", "Aldo Varga", "Foreign Minister of Veltria", "We will not close the harbour of Serin, not this winter and not next."),
        ("Serin grain talks resume", "Mara Lindqvist", "Trade Commissioner", "The grain corridor stays open as long as both sides keep their word."),
        ("Opposition questions port deal", "Tomas Reyes", "Leader of the Opposition", "This deal was negotiated behind closed doors and the public deserves to see it."),
        ("Fishing quotas under review", "Ana Brel", "Fisheries Minister", "Quotas will be reviewed in spring, with the fleet at the table."),
        ("Harbour workers plan strike", "Jonas Pell", "Dockworkers' Union", "If wages are frozen again, the cranes stop on Monday."),
        ("Central bank warns on tariffs", "Elin Sato", "Governor, Bank of Veltria", "Tariffs on Serin goods would cost more than they raise."),
        ("Ferry link to reopen", "Aldo Varga", "Foreign Minister of Veltria", "The ferry link is a lifeline and it reopens on Friday."),
        ("Coast guard budget rises", "Ana Brel", "Fisheries Minister", "More patrols mean fewer illegal catches, simple as that."),
    ];
}
