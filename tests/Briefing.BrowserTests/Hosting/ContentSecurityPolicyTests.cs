using Briefing.Testing;
using Microsoft.Playwright;

namespace Briefing.BrowserTests.Hosting;

/// <summary>The pages work under the Content-Security-Policy: Blazor connects, MudBlazor's scripts run (a dialog
/// opens), and the browser reports no violation on any page.</summary>
public sealed class ContentSecurityPolicyTests(BrowserFixture browser)
    : BrowserPageTest(browser, new ViewportSize { Width = 1400, Height = 900 })
{
    [Fact]
    public async Task Every_page_runs_under_the_policy_with_no_violation_in_the_console()
    {
        await App.IngestAsync(Writer(), FictionalArticles.Harbour("csp"));
        var violations = new List<string>();
        Page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) violations.Add($"{Page.Url}: {message.Text}");
        };
        await Page.AddInitScriptAsync("""
            document.addEventListener("securitypolicyviolation", e =>
                console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`));
            """);

        foreach (var path in new[] { "/", "/positions", "/topics", "/sources", "/displays" })
        {
            await Page.GotoAsync(new Uri(BaseUrl, path).ToString());
            await Page.Locator(".live-indicator[data-live='on']").WaitForAsync(new() { Timeout = 15000 });
        }
        // MudBlazor's own scripts: the sign-in dialog opens and closes.
        await Page.Locator("#editor-sign-in").ClickAsync();
        await Page.Locator("#editor-key").WaitForAsync();
        await Page.GotoAsync(new Uri(BaseUrl, "/wall?pin=quotes").ToString());
        await Page.Locator("#wall-status[data-live='on']").WaitForAsync(new() { Timeout = 15000 });
        await Page.Locator("#wall-quotes .wq", new() { HasTextString = "Serin csp," }).WaitForAsync();
        await Page.GotoAsync(new Uri(BaseUrl, "/scalar/v1").ToString());
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Empty(violations);
    }
}
