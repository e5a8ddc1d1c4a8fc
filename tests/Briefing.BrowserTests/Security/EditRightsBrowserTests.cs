using Briefing.Data.Sources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Briefing.BrowserTests.Security;

/// <summary>Finding 4 in a real browser: two tabs of one browser signed in with a stored key. The sign-in dialog
/// leaves no overlay behind; signing out in one tab signs out the other; revoking the key takes edit controls off
/// every open page without a click.</summary>
public sealed class EditRightsBrowserTests(BrowserFixture fixture)
    : BrowserPageTest(fixture, new ViewportSize { Width = 1400, Height = 900 })
{
    private readonly IBrowser _browser = fixture.Browser;

    private static readonly TimeSpan Soon = TimeSpan.FromSeconds(15);

    private async Task SignInAsync(IPage page, string key)
    {
        await page.Locator("#editor-sign-in").ClickAsync();
        await page.Locator("#editor-key").FillAsync(key);
        await page.Locator("#editor-sign-in-confirm").ClickAsync();
        await page.Locator("#editor-sign-out").WaitForAsync(new() { Timeout = (float)Soon.TotalMilliseconds });
    }

    /// <summary>Opened and interactive (the circuit is up), so clicks reach the server.</summary>
    private static async Task OpenAsync(IPage page, Uri url)
    {
        await page.GotoAsync(url.ToString());
        await page.Locator(".live-indicator[data-live='on']").WaitForAsync(new() { Timeout = (float)Soon.TotalMilliseconds });
    }

    /// <summary>The layout's sign-in button is back. The page drops its editor controls in its own render batch,
    /// a moment later, so what follows asserts with Playwright's retrying expectations.</summary>
    private static Task SignedOutAsync(IPage page) =>
        page.Locator("#editor-sign-in").WaitForAsync(new() { Timeout = (float)Soon.TotalMilliseconds });

    [Fact]
    public async Task Tabs_of_one_browser_lose_edit_rights_together_on_sign_out_and_on_revocation()
    {
        var key = App.Services.GetRequiredService<ApiKeyStore>().Add("night-desk")!;
        await using var context = await _browser.NewContextAsync(new() { ViewportSize = new() { Width = 1400, Height = 900 } });
        var tab1 = await context.NewPageAsync();
        await OpenAsync(tab1, new Uri(BaseUrl, "/sources"));
        await SignInAsync(tab1, key);

        // No overlay left behind: the page takes clicks at once.
        await Assertions.Expect(tab1.Locator(".mud-overlay")).ToHaveCountAsync(0);
        await tab1.Locator("#feed-url").ClickAsync(new() { Timeout = 5000 });

        var tab2 = await context.NewPageAsync();
        await OpenAsync(tab2, new Uri(BaseUrl, "/sources"));
        await tab2.Locator("#editor-sign-out").WaitForAsync(new() { Timeout = (float)Soon.TotalMilliseconds });   // remembered

        await tab1.Locator("#editor-sign-out").ClickAsync();
        await SignedOutAsync(tab2);
        await Assertions.Expect(tab2.Locator("#add-feed")).ToHaveCountAsync(0);

        await SignInAsync(tab1, key);
        await OpenAsync(tab2, new Uri(BaseUrl, "/sources"));
        await tab2.Locator("#editor-sign-out").WaitForAsync(new() { Timeout = (float)Soon.TotalMilliseconds });

        Assert.True(App.Services.GetRequiredService<ApiKeyStore>().Revoke("night-desk"));   // what `keys revoke` does

        await SignedOutAsync(tab1);
        await SignedOutAsync(tab2);
        await Assertions.Expect(tab1.Locator("#add-feed")).ToHaveCountAsync(0);
        await Assertions.Expect(tab2.Locator("#add-feed")).ToHaveCountAsync(0);
    }
}
