using System.Net.Http.Json;
using Briefing.Testing;
using Microsoft.Playwright;

namespace Briefing.BrowserTests;

/// <summary>An analyst signs in with an API key (kept in the browser's protected storage across reloads) and corrects
/// the machine; a reader never sees the controls.</summary>
public sealed class EditingTests(BrowserFixture browser)
    : BrowserPageTest(browser, new ViewportSize { Width = 1400, Height = 900 })
{
    [Fact]
    public async Task An_analyst_signs_in_once_and_removes_a_wrong_statement_live()
    {
        await App.IngestAsync(Writer(), FictionalArticles.Harbour("edit"));
        await Page.GotoAsync(BaseUrl.ToString());
        await Page.Locator(".live-indicator[data-live='on']").WaitForAsync(new() { Timeout = 15000 });
        var card = Page.Locator("#quotes .quote-card", new() { HasTextString = "harbour of Serin edit" });
        await card.WaitForAsync();
        Assert.Equal(0, await Page.Locator(".correction-menu").CountAsync());

        await Page.Locator("#editor-sign-in").ClickAsync();
        await Page.Locator("#editor-key").FillAsync("not-a-key");
        await Page.Locator("#editor-sign-in-confirm").ClickAsync();
        await Page.GetByText("That key is not valid").WaitForAsync();
        await Page.Locator("#editor-key").FillAsync(BriefingAppFactory.ApiKey);
        await Page.Locator("#editor-sign-in-confirm").ClickAsync();
        await Page.Locator("#editor-sign-out").WaitForAsync();

        // Remembered by this browser: a reload keeps the analyst signed in.
        await Page.ReloadAsync();
        await Page.Locator("#editor-sign-out").WaitForAsync(new() { Timeout = 15000 });
        await card.Locator(".correction-menu button").ClickAsync();
        await Page.GetByText("Not a statement").ClickAsync();

        await card.WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = 10000 });
        var statements = await Writer().GetFromJsonAsync<System.Text.Json.JsonElement[]>("/api/statements?q=Serin%20edit");
        Assert.DoesNotContain(statements!, s => s.GetProperty("text").GetString()!.Contains("harbour of Serin edit"));
    }
}
