using System.Net.Http.Json;
using Briefing.Testing;
using Microsoft.Playwright;

namespace Briefing.BrowserTests.Alerts;

/// <summary>An alert arrives in an open page as a toast and in the bell's history, without reloading.</summary>
public sealed class AlertBellTests(BrowserFixture browser) : BrowserPageTest(browser, new ViewportSize { Width = 1300, Height = 900 })
{
    [Fact]
    public async Task A_new_statement_alert_shows_as_a_toast_and_in_the_bell()
    {
        var writer = Writer();
        (await writer.PostAsJsonAsync("/api/alerts/subscriptions", new { kind = "new-statement", name = "Every new statement" })).EnsureSuccessStatusCode();

        await Page.GotoAsync(new Uri(BaseUrl, "/").ToString());
        await Page.Locator(".live-indicator[data-live='on']").WaitForAsync(new() { Timeout = 15000 });
        await Page.EvaluateAsync("() => { window.__notReloaded = true; }");
        await App.IngestAsync(writer, FictionalArticles.Harbour("alert-test"));

        await Page.Locator(".mud-snackbar", new() { HasText = "New statement: Aldo Varga" }).First.WaitForAsync(new() { Timeout = 10000 });
        var count = int.Parse(await Page.Locator("#alert-count").InnerTextAsync());
        Assert.True(count >= 1);
        await Page.Locator("#alert-bell button").ClickAsync();
        var item = Page.Locator("#alert-panel .alert-item[data-kind='new-statement']").First;
        Assert.Contains("Aldo Varga", await item.InnerTextAsync());
        Assert.Contains("articles/", await item.GetAttributeAsync("href"));
        await Assertions.Expect(Page.Locator("#alert-count")).ToHaveCountAsync(0); // opening the bell marks them seen
        Assert.True(await Page.EvaluateAsync<bool>("() => window.__notReloaded === true"), "the page reloaded");
    }
}
