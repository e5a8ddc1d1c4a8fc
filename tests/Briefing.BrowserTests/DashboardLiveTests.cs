using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Briefing.Testing;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Briefing.BrowserTests;

public sealed class DashboardLiveTests(BrowserFixture browser, ITestOutputHelper output)
    : BrowserPageTest(browser, new ViewportSize { Width = 1600, Height = 1000 })
{
    /// <summary>Waits until the interactive circuit is up, so live pushes can reach the page.</summary>
    private async Task OpenDashboardAsync()
    {
        await Page.GotoAsync(BaseUrl.ToString());
        await Page.Locator(".live-indicator[data-live='on']").WaitForAsync(new() { Timeout = 15000 });
    }

    [Fact]
    public async Task A_posted_articles_quoteAppears_on_an_open_dashboard_without_reload_marked_new()
    {
        await OpenDashboardAsync();
        await Page.EvaluateAsync("() => { window.__notReloaded = true; }");

        var response = await Writer().PostAsJsonAsync("/api/articles", FictionalArticles.Harbour("live"));
        response.EnsureSuccessStatusCode();

        var card = Page.Locator("#quotes .quote-card", new() { HasTextString = "We will not close the harbour of Serin live" });
        await card.WaitForAsync(new() { Timeout = 10000 });
        Assert.Contains("is-new", await card.GetAttributeAsync("class"));
        Assert.Equal("Aldo Varga", await card.Locator(".speaker").InnerTextAsync());
        Assert.True(await Page.Locator("#quotes .new-chip").CountAsync() >= 1);
        Assert.Contains("Veltria keeps the harbour open live", await Page.Locator("#articles").InnerTextAsync());
        Assert.True(await Page.EvaluateAsync<bool>("() => window.__notReloaded === true"), "the page reloaded");
    }

    [Fact]
    public async Task Twenty_posts_each_reach_the_open_dashboard_and_the_latency_is_reported()
    {
        await OpenDashboardAsync();
        var writer = Writer();
        var latencies = new List<double>();
        for (var i = 0; i < 20; i++)
        {
            var marker = $"probe{i}";
            var watch = Stopwatch.StartNew();
            (await writer.PostAsJsonAsync("/api/articles", FictionalArticles.Harbour(marker))).EnsureSuccessStatusCode();
            await Page.Locator("#quotes .quote-card", new() { HasTextString = $"Serin {marker}," }).WaitForAsync(new() { Timeout = 10000 });
            latencies.Add(watch.Elapsed.TotalMilliseconds);
        }

        latencies.Sort();
        output.WriteLine($"POST → dashboard DOM: median {latencies[10]:F0} ms, max {latencies[^1]:F0} ms over 20 posts");
        Assert.Equal(20, latencies.Count);
    }

    [Fact]
    public async Task Hostile_article_text_is_shown_as_text_and_never_runs()
    {
        await OpenDashboardAsync();
        var dialogs = 0;
        Page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };

        var hostile = new
        {
            title = "<img src=x onerror=\"window.__xss=1\"> Veltria <script>window.__xss=2</script>",
            text = "Veltrian Foreign Minister Aldo Varga said the talks would go on. " +
                   "“<img src=x onerror=\"window.__xss=3\"><script>window.__xss=4</script> is not a policy,” Varga said.",
            url = "javascript:window.__xss=5",
        };
        var response = await Writer().PostAsJsonAsync("/api/articles", hostile);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode); // a javascript: URL is refused outright

        var accepted = await Writer().PostAsJsonAsync("/api/articles", new { hostile.title, hostile.text });
        var id = (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        await Page.Locator("#quotes .quote-card", new() { HasTextString = "is not a policy" }).WaitForAsync(new() { Timeout = 10000 });

        await Page.GotoAsync(new Uri(BaseUrl, $"/articles/{id}").ToString());
        await Page.Locator("#article-body mark.quote").First.WaitForAsync();
        Assert.Contains("<script>window.__xss=4</script>", await Page.Locator("#article-body").InnerTextAsync());
        Assert.Equal(0, await Page.Locator("#article-body img, #article-body script, #quotes img").CountAsync());
        Assert.Null(await Page.EvaluateAsync<int?>("() => window.__xss ?? null"));
        Assert.Equal(0, dialogs);
    }
}
