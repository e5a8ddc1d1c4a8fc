using Microsoft.Playwright;

namespace Briefing.BrowserTests.Wall;

/// <summary>Opening and reading a wall page in a test.</summary>
public static class WallPage
{
    public static readonly ViewportSize FullHd = new() { Width = 1920, Height = 1080 };
    public static readonly ViewportSize Hd = new() { Width = 1280, Height = 720 };

    /// <summary>Opens /wall with the query and waits until its circuit is live.</summary>
    public static async Task OpenAsync(IPage page, Uri baseUrl, string query = "")
    {
        await page.GotoAsync(new Uri(baseUrl, "/wall" + query).ToString());
        await WaitLiveAsync(page);
    }

    public static Task WaitLiveAsync(IPage page, int timeoutMs = 15000) =>
        page.Locator("#wall-status[data-live='on']").WaitForAsync(new() { Timeout = timeoutMs });

    public static ILocator Quote(IPage page, string text) =>
        page.Locator("#wall-quotes .wq", new() { HasTextString = text });

    public static Task<int> DomNodesAsync(IPage page) =>
        page.EvaluateAsync<int>("() => document.getElementsByTagName('*').length");

    /// <summary>JS heap in use after a forced garbage collection (Chrome DevTools Protocol).</summary>
    public static async Task<long> HeapAfterGcAsync(IPage page)
    {
        var cdp = await page.Context.NewCDPSessionAsync(page);
        await cdp.SendAsync("HeapProfiler.enable");
        await cdp.SendAsync("HeapProfiler.collectGarbage");
        var usage = await cdp.SendAsync("Runtime.getHeapUsage");
        await cdp.DetachAsync();
        return (long)usage!.Value.GetProperty("usedSize").GetDouble();
    }

    public static Task<bool> HasScrollbarsAsync(IPage page) =>
        page.EvaluateAsync<bool>(
            "() => document.documentElement.scrollHeight > innerHeight || document.documentElement.scrollWidth > innerWidth");
}
