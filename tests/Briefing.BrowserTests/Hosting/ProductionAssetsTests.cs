using Briefing.Testing;
using Microsoft.Playwright;

namespace Briefing.BrowserTests.Hosting;

/// <summary>`dotnet run -c Release` runs the build output, not a published folder: in Production its stylesheets and
/// scripts used to come back empty. The app as a separate process in Production serves a styled, live dashboard.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ProductionAssetsTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_build_output_in_production_serves_a_styled_live_dashboard()
    {
        var folder = Directory.CreateTempSubdirectory("briefing-production-");
        try
        {
            await using var server = new AppProcess(folder.FullName, new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Production" });
            await server.StartAsync();
            using var http = new HttpClient { BaseAddress = server.BaseUrl };
            Assert.True((await http.GetByteArrayAsync("/app.css")).Length > 1000, "app.css is empty");

            var page = await browser.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
            await page.GotoAsync(server.BaseUrl.ToString());
            // Scripts: the circuit connects. MudBlazor's stylesheet: the app bar is fixed. app.css: the brand is bold.
            await page.Locator(".live-indicator[data-live='on']").WaitForAsync(new() { Timeout = 20000 });
            Assert.Equal("fixed", await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.mud-appbar')).position"));
            Assert.Equal("700", await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.brand')).fontWeight"));
            await page.CloseAsync();
        }
        finally
        {
            try { folder.Delete(recursive: true); } catch (IOException) { }
        }
    }
}
