using System.Net.Http.Json;
using System.Text.Json;
using Briefing.Data.Inbox;
using Briefing.Data.Sources;
using Briefing.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Briefing.BrowserTests.Security;

/// <summary>Finding-wide guard: hostile markup in every field a page renders (article title, text, source; quotes;
/// topic name, proposition, keywords; feed name and URL; a failed article's title and error) never runs, on any
/// page, at load or when pushed live. A payload that ran would set window.__xss or open a dialog.</summary>
public sealed class XssSweepTests(BrowserFixture fixture)
    : BrowserPageTest(fixture, new ViewportSize { Width = 1400, Height = 900 })
{
    private static readonly string[] Payloads =
    [
        "<img src=x onerror=\"window.__xss=(window.__xss||0)+1\">",
        "<script>window.__xss=(window.__xss||0)+1</script>",
        "\"><svg onload=\"window.__xss=(window.__xss||0)+1\">",
        "<a href=\"javascript:window.__xss=1\" id=\"xss-link\">x</a>",
        "<iframe srcdoc=\"<script>parent.__xss=1</script>\"></iframe>",
    ];

    private static string All(string marker) => string.Join(" ", Payloads.Select(p => $"{marker} {p}"));

    [Fact]
    public async Task Hostile_markup_in_every_rendered_field_never_runs_on_any_page()
    {
        var writer = Writer();
        var article = await App.IngestAsync(writer, new
        {
            title = $"Harbour {All("title")}",
            text = $"Veltrian Foreign Minister Aldo Varga said on Tuesday that the harbour talks would go on. " +
                   $"“We will keep the harbour open {All("quote")},” Varga said. Varga said the harbour {All("reported")} would stay open.",
            source = $"Wire {Payloads[0]}",
            url = "https://news.example/harbour?q=%3Cscript%3Ewindow.__xss%3D1%3C%2Fscript%3E",
        });
        (await writer.PostAsJsonAsync("/api/topics", new
        {
            name = $"Harbour {Payloads[0]}",
            description = $"Veltria should keep the harbour open {All("topic")}",
            keywords = new[] { "harbour" },
            supportCues = new[] { "keep open" },
        })).EnsureSuccessStatusCode();
        App.Services.GetRequiredService<FeedStore>().Upsert("https://news.example/feed.xml?x=%3Cscript%3E", $"Feed {Payloads[2]}", 3600);
        var inbox = App.Services.GetRequiredService<InboxStore>();
        var poison = inbox.Accept(new ArticleSubmission($"Poison {Payloads[0]}", "Poison text that failed."));
        inbox.MarkFailed(poison.Id, $"Error {Payloads[1]}");
        var actors = await writer.GetFromJsonAsync<JsonElement[]>("/api/actors");
        var varga = actors!.First(a => a.GetProperty("name").GetString()!.Contains("Varga")).GetProperty("id").GetString();

        var dialogs = 0;
        Page.Dialog += async (_, dialog) => { dialogs++; await dialog.DismissAsync(); };
        string[] pages = ["/", $"/articles/{article}", $"/actors/{Uri.EscapeDataString(varga!)}", "/positions", "/topics", "/sources",
                          "/wall?pin=quotes", "/wall?pin=articles"];
        foreach (var path in pages)
        {
            await Page.GotoAsync(new Uri(BaseUrl, path).ToString());
            await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            Assert.True(await Page.EvaluateAsync<bool>("() => window.__xss === undefined"), $"a payload ran on {path}");
            Assert.Equal(0, await Page.Locator("img[src='x'], svg[onload], iframe[srcdoc], #xss-link").CountAsync());
            Assert.Contains("window.__xss", await Page.ContentAsync());   // the text is there, shown as text
        }

        // Live: a hostile article pushed to an open dashboard.
        await Page.GotoAsync(BaseUrl.ToString());
        await Page.Locator(".live-indicator[data-live='on']").WaitForAsync(new() { Timeout = 15000 });
        await App.IngestAsync(writer, new
        {
            title = $"Live {All("live-title")}",
            text = $"Veltrian Foreign Minister Aldo Varga said the port would reopen. “Open it {All("live-quote")},” Varga said.",
        });
        await Page.GetByText("live-title", new() { Exact = false }).First.WaitForAsync(new() { Timeout = 15000 });
        Assert.True(await Page.EvaluateAsync<bool>("() => window.__xss === undefined"), "a payload ran when pushed live");
        Assert.Equal(0, dialogs);
    }
}
