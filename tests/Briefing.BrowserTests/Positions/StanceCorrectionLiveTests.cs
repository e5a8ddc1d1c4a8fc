using System.Diagnostics;
using System.Net.Http.Json;
using Briefing.BrowserTests.Wall;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Briefing.BrowserTests.Positions;

/// <summary>An analyst corrects a stance in the browser; an open positions view and a wall screen show the new
/// position within 2 s, without a reload.</summary>
public sealed class StanceCorrectionLiveTests(BrowserFixture fixture, ITestOutputHelper output)
    : BrowserPageTest(fixture, new ViewportSize { Width = 1500, Height = 900 })
{
    private readonly BrowserFixture _browser = fixture;

    public override Task InitializeAsync()
    {
        App.With("Briefing:RequireSignInToEdit", "false"); // a trusted single-user setup: no sign-in step
        return base.InitializeAsync();
    }

    [Fact]
    public async Task A_wrong_stance_correction_reaches_the_open_positions_view_and_the_wall_within_two_seconds()
    {
        var writer = Writer();
        (await writer.PostAsJsonAsync("/api/topics", new
        {
            name = "Harbour access",
            description = "Proposition: the harbour of Serin stays open.",
            keywords = new[] { "harbour" },
        })).EnsureSuccessStatusCode();
        await App.IngestAsync(writer, new
        {
            title = "Serin council meets",
            text = "Veltrian Foreign Minister Aldo Varga spoke on Monday. “The harbour question will be settled by the council in May,” Varga said.",
            source = "Test Wire",
        });

        var wall = await _browser.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = WallPage.Hd });
        try
        {
            await WallPage.OpenAsync(wall, BaseUrl, "?pin=positions&actors=aldo-varga&topics=harbour-access&flash=0");
            var wallCell = wall.Locator("#wall-positions .wp-cell[data-stance]");
            await wallCell.WaitForAsync(new() { Timeout = 10000 });
            Assert.Equal("unclear", await wallCell.GetAttributeAsync("data-stance"));

            await Page.GotoAsync(new Uri(BaseUrl, "/positions?topics=harbour-access").ToString());
            await Page.Locator(".live-indicator[data-live='on']").WaitForAsync(new() { Timeout = 15000 });
            var cell = Page.Locator("td.pos-cell[data-actor='aldo-varga'][data-topic='harbour-access']");
            Assert.Equal("unclear", await cell.GetAttributeAsync("data-stance"));
            await cell.Locator("button").ClickAsync();
            await Page.Locator("#evidence .stance-correction button").ClickAsync();
            var opposes = Page.Locator(".correct-opposes");
            await opposes.WaitForAsync(new() { Timeout = 10000 });

            var clock = Stopwatch.StartNew();
            await opposes.ClickAsync();
            await Page.Locator("td.pos-cell[data-actor='aldo-varga'][data-topic='harbour-access'][data-stance='opposes']")
                .WaitForAsync(new() { Timeout = 10000 });
            await wall.Locator("#wall-positions .wp-cell[data-stance='opposes']").WaitForAsync(new() { Timeout = 10000 });
            clock.Stop();
            output.WriteLine($"correction → positions view and wall: {clock.ElapsedMilliseconds} ms");

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.ElapsedMilliseconds} ms");
            Assert.Contains("nearest labelled examples", await Page.Locator("#evidence .evidence-why").InnerTextAsync());
        }
        finally
        {
            await wall.CloseAsync();
        }
    }
}
