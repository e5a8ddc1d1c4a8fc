using System.Net.Http.Json;
using System.Text.Json;
using Briefing.Testing;
using Microsoft.Playwright;

namespace Briefing.BrowserTests.Curation;

/// <summary>An analyst merges a misspelt fictional actor into the right one in the browser, then undoes it.</summary>
public sealed class ActorMergeTests(BrowserFixture browser) : BrowserPageTest(browser, new ViewportSize { Width = 1300, Height = 1000 })
{
    public override async Task InitializeAsync()
    {
        App.With("Briefing:RequireSignInToEdit", "false"); // a trusted single-user setup: no sign-in dialog in the way
        await base.InitializeAsync();
    }

    [Fact]
    public async Task A_merge_and_its_undo_round_trip_in_the_browser()
    {
        var writer = Writer();
        (await writer.PostAsJsonAsync("/api/topics", FictionalTopics.HarbourAccess)).EnsureSuccessStatusCode();
        await App.IngestAsync(writer, new
        {
            title = "Varga on Serin", source = "Test Wire",
            text = "Veltrian Foreign Minister Aldo Varga spoke on Tuesday. “The harbour of Serin will stay open to every ship,” Varga said.",
        });
        await App.IngestAsync(writer, new
        {
            title = "Vargha on Serin", source = "Harbour Daily",
            text = "Veltrian Foreign Minister Aldo Vargha spoke on Wednesday. “The harbour of Serin must remain open,” Vargha said.",
        });
        var vargha = (await writer.GetFromJsonAsync<JsonElement>("/api/actors/Aldo%20Vargha")).GetProperty("id").GetString()!;

        await Page.GotoAsync(new Uri(BaseUrl, $"/actors/{vargha}").ToString());
        await Page.Locator(".live-indicator[data-live='on']").WaitForAsync(new() { Timeout = 15000 });
        await Page.Locator("#actor-curation summary").ClickAsync();
        await Page.Locator("#curate-merge-into").FillAsync("Aldo Varga");
        await Page.Locator("#curate-merge").ClickAsync();

        // Now on the kept actor: both statements, the merged name as an alias, and an Undo.
        await Page.Locator("#merge-done").WaitForAsync(new() { Timeout = 10000 });
        Assert.Contains("/actors/aldo-varga?merged=", Page.Url);
        await Assertions.Expect(Page.Locator("#quotes .quote-card")).ToHaveCountAsync(2);
        Assert.Contains("Aldo Vargha", await Page.Locator("#actor-name").Locator("xpath=../..").InnerTextAsync());
        await Assertions.Expect(Page.Locator("#actor-timeline figure[data-topic='harbour-access'] circle.tl-mark")).ToHaveCountAsync(2);
        Assert.Equal(2, (await writer.GetFromJsonAsync<JsonElement[]>("/api/statements?actor=aldo-varga"))!.Length);

        // Undo brings the merged actor back, with its own statement.
        await Page.Locator("#merge-undo").ClickAsync();
        await Assertions.Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/actors/{vargha}$"));
        // The page re-renders for the restored actor after the URL changes: wait for its name, then its one quote.
        await Assertions.Expect(Page.Locator("#actor-name")).ToHaveTextAsync("Aldo Vargha");
        await Assertions.Expect(Page.Locator("#quotes .quote-card")).ToHaveCountAsync(1);
        await Assertions.Expect(Page.Locator("#quotes .quote-card")).ToContainTextAsync("must remain open");
        await Assertions.Expect(Page.Locator("#merged-into")).ToHaveCountAsync(0);
        Assert.Single((await writer.GetFromJsonAsync<JsonElement[]>($"/api/statements?actor={vargha}"))!);

        await Page.GotoAsync(new Uri(BaseUrl, "/actors/aldo-varga").ToString());
        // Interactive first: the circuit's first render replaces the prerendered page, closing a <details> opened before it.
        await Page.Locator(".live-indicator[data-live='on']").WaitForAsync(new() { Timeout = 15000 });
        await Assertions.Expect(Page.Locator("#quotes .quote-card")).ToHaveCountAsync(1);
        await Page.Locator("#actor-curation summary").ClickAsync();
        await Assertions.Expect(Page.Locator("#curation-history li[data-action='merge']")).ToContainTextAsync("undone by");
    }
}
