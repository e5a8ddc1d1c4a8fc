using System.Net.Http.Json;
using Briefing.Data.Displays;
using Briefing.Testing;
using Briefing.BrowserTests.Wall;
using Briefing.Web.Reading;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Briefing.BrowserTests.Reading;

/// <summary>Closed reading in a real browser: the signed-out see only the sign-in page; a reader signs in and the
/// dashboard is live; a wall opened by a display link stops at its next reconnect once the link is revoked.</summary>
public sealed class ReadSignInTests : BrowserPageTest
{
    private const string Password = "a long fictional passphrase";
    private readonly BrowserFixture _browser;

    private readonly Xunit.Abstractions.ITestOutputHelper _output;

    public ReadSignInTests(BrowserFixture browser, Xunit.Abstractions.ITestOutputHelper output)
        : base(browser, new ViewportSize { Width = 1400, Height = 900 })
    {
        _browser = browser;
        _output = output;
        App.With("Briefing:Reading:RequireSignIn", "true")
            .With("Briefing:Reading:Users:0:Name", "ines")
            .With("Briefing:Reading:Users:0:PasswordHash", LocalReaders.Hash(Password));
    }

    [Fact]
    public async Task A_signed_out_browser_cannot_read_and_a_signed_in_reader_reads_live()
    {
        await App.IngestAsync(Writer(), FictionalArticles.Harbour("closed"));

        foreach (var path in new[] { "/", "/positions", "/sources", "/displays", "/wall" })
        {
            await Page.GotoAsync(new Uri(BaseUrl, path).ToString());
            Assert.Contains("/signin", Page.Url);
            Assert.DoesNotContain("harbour", await Page.ContentAsync(), StringComparison.OrdinalIgnoreCase);
        }
        var api = await Page.EvaluateAsync<int>("async () => (await fetch('/api/articles')).status");
        Assert.Equal(401, api);

        await Page.GotoAsync(new Uri(BaseUrl, "/positions").ToString());
        await Page.Locator("#reader-name").FillAsync("ines");
        await Page.Locator("#reader-password").FillAsync("wrong");
        await Page.Locator("#reader-sign-in").ClickAsync();
        await Page.GetByText("do not match").WaitForAsync();
        await Page.Locator("#reader-name").FillAsync("ines");
        await Page.Locator("#reader-password").FillAsync(Password);
        await Page.Locator("#reader-sign-in").ClickAsync();
        await Page.WaitForURLAsync(new Uri(BaseUrl, "/positions").ToString());

        await Page.GotoAsync(BaseUrl.ToString());
        await Page.Locator(".live-indicator[data-live='on']").WaitForAsync(new() { Timeout = 15000 });
        await Page.Locator("#quotes .quote-card", new() { HasTextString = "harbour of Serin closed" }).WaitForAsync();
        (await Writer().PostAsJsonAsync("/api/articles", FictionalArticles.Harbour("pushed"))).EnsureSuccessStatusCode();
        await Page.Locator("#quotes .quote-card", new() { HasTextString = "harbour of Serin pushed" }).WaitForAsync(new() { Timeout = 10000 });

        await Page.Locator("#reader-sign-out").ClickAsync();
        await Page.WaitForURLAsync("**/signin");
        await Page.GotoAsync(BaseUrl.ToString());
        Assert.Contains("/signin", Page.Url);
    }

    [Fact]
    public async Task A_wall_opened_by_a_display_link_stops_at_its_next_reconnect_after_the_link_is_revoked_in_the_ui()
    {
        var token = App.Services.GetRequiredService<DisplayLinkStore>().Add("lobby screen", "?pin=quotes&theme=light")!;

        // The screen: its own browser context (no reader cookie). WebSockets are kept so the test can drop them,
        // as a network blip would, to make the wall reconnect.
        await using var screen = await _browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = WallPage.Hd });
        await screen.AddInitScriptAsync("""
            (() => {
                const Native = window.WebSocket;
                window.__sockets = [];
                window.WebSocket = function (...args) { const s = new Native(...args); window.__sockets.push(s); return s; };
                window.WebSocket.prototype = Native.prototype;
                Object.assign(window.WebSocket, { CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3 });
            })();
            """);
        var wall = await screen.NewPageAsync();
        await wall.GotoAsync(new Uri(BaseUrl, $"/wall/d/{token}").ToString());
        await WallPage.WaitLiveAsync(wall);
        Assert.Equal("light", await wall.Locator(".wall").GetAttributeAsync("data-theme"));
        (await Writer().PostAsJsonAsync("/api/articles", FictionalArticles.Harbour("lobby"))).EnsureSuccessStatusCode();
        await WallPage.Quote(wall, "Serin lobby,").WaitForAsync(new() { Timeout = 10000 });
        // The link opens this wall and nothing else (the screen is known, so: forbidden).
        Assert.Equal(403, await wall.EvaluateAsync<int>("async () => (await fetch('/api/articles')).status"));

        // An editor (a signed-in reader with an API key) revokes the link on the Displays page.
        await Page.GotoAsync(new Uri(BaseUrl, "/displays").ToString());
        await Page.Locator("#reader-name").FillAsync("ines");
        await Page.Locator("#reader-password").FillAsync(Password);
        await Page.Locator("#reader-sign-in").ClickAsync();
        await Page.Locator(".live-indicator[data-live='on']").WaitForAsync(new() { Timeout = 15000 });
        await Page.Locator("#editor-sign-in").ClickAsync();
        await Page.Locator("#editor-key").FillAsync(BriefingAppFactory.ApiKey);
        await Page.Locator("#editor-sign-in-confirm").ClickAsync();
        await Page.Locator("#editor-sign-out").WaitForAsync();
        await Page.ReloadAsync(); // as in EditingTests: the key is remembered, and no dialog overlay is left behind
        await Page.Locator("#editor-sign-out").WaitForAsync(new() { Timeout = 15000 });
        var row = Page.Locator(".display-row[data-name='lobby screen']");
        await row.Locator(".display-revoke").ClickAsync();
        await row.GetByText("revoked").WaitForAsync();

        // Until it reconnects the wall keeps showing; once the server refuses the link (within its 2 s cache),
        // a dropped connection ends on the server's "not valid" page instead of a live wall.
        Assert.True(await WallPage.Quote(wall, "Serin lobby,").IsVisibleAsync());
        await wall.WaitForFunctionAsync(
            "async () => (await fetch('/_blazor/negotiate?negotiateVersion=1', { method: 'POST' })).status === 401",
            null, new() { Timeout = 10000, PollingInterval = 250 });
        var dropped = System.Diagnostics.Stopwatch.StartNew();
        await wall.EvaluateAsync("() => window.__sockets.forEach(s => s.close())");
        await wall.GetByText("This display link is not valid").WaitForAsync(new() { Timeout = 20000 });
        _output.WriteLine($"revoked wall: the 'not valid' page shown {dropped.ElapsedMilliseconds} ms after the connection dropped");
        Assert.Equal(0, await wall.Locator(".wall").CountAsync());
        (await Writer().PostAsJsonAsync("/api/articles", FictionalArticles.Harbour("after"))).EnsureSuccessStatusCode();
        Assert.Equal(0, await wall.GetByText("Serin after").CountAsync());
    }
}
