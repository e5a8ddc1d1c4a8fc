using System.Net.Http.Json;
using System.Text.Json;
using Briefing.Testing;
using Briefing.Web.Positions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Briefing.BrowserTests;

/// <summary>A browser test over the real app on a loopback port: one app (temp database) and one page per test.</summary>
[Collection(BrowserCollection.Name)]
public abstract class BrowserPageTest(BrowserFixture browser, ViewportSize viewport, bool withSeeds = false) : IAsyncLifetime
{
    protected BriefingAppFactory App { get; } = new(withSeeds: withSeeds);
    protected Uri BaseUrl { get; private set; } = default!;
    protected IPage Page { get; private set; } = default!;

    public virtual async Task InitializeAsync()
    {
        BaseUrl = App.StartOnLoopback();
        Page = await browser.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = viewport });
    }

    public virtual async Task DisposeAsync()
    {
        await Page.CloseAsync();
        await App.DisposeAsync();
    }

    /// <summary>The positions of <paramref name="query"/> (e.g. "?actor=pete-hegseth") once they have settled: there are
    /// some, and the background stance stage has had its pass over every stored article (it may add positions the
    /// cue analysis left out, a moment after the article shows).</summary>
    protected async Task<JsonElement> SettledPositionsAsync(HttpClient client, string query = "")
    {
        var stage = App.Services.GetRequiredService<StanceStage>();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            var articles = (await client.GetFromJsonAsync<JsonElement>("/api/articles?limit=1000")).GetArrayLength();
            var settled = !stage.Enabled || stage.ArticlesJudged >= articles;
            var positions = await client.GetFromJsonAsync<JsonElement>($"/api/positions{query}");
            if (positions.GetArrayLength() > 0 && settled) return positions;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Positions{query} did not settle within 60 s ({positions.GetArrayLength()} positions; stance pass over {stage.ArticlesJudged} of {articles} articles)");
            await Task.Delay(200);
        }
    }

    /// <summary>An HTTP client that may write (it carries the test API key).</summary>
    protected HttpClient Writer()
    {
        var client = new HttpClient { BaseAddress = BaseUrl };
        client.DefaultRequestHeaders.Add("X-Api-Key", BriefingAppFactory.ApiKey);
        return client;
    }
}
