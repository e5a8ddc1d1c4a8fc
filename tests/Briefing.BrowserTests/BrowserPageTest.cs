using Briefing.Testing;
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

    /// <summary>An HTTP client that may write (it carries the test API key).</summary>
    protected HttpClient Writer()
    {
        var client = new HttpClient { BaseAddress = BaseUrl };
        client.DefaultRequestHeaders.Add("X-Api-Key", BriefingAppFactory.ApiKey);
        return client;
    }
}
