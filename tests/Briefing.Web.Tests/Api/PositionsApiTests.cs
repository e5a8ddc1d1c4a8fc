using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Briefing.Testing;

namespace Briefing.Web.Tests.Api;

public sealed class PositionsApiTests
{
    private static async Task<JsonElement[]> PositionsAsync(HttpClient client, string query = "")
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var positions = await client.GetFromJsonAsync<JsonElement[]>($"/api/positions{query}");
            if (positions!.Length > 0 || DateTime.UtcNow > deadline) return positions;
            await Task.Delay(100);
        }
    }

    private static string Stance(JsonElement[] positions, string actor, string topic) =>
        positions.Single(p => p.GetProperty("actor").GetProperty("name").GetString() == actor
                              && p.GetProperty("topic").GetProperty("name").GetString() == topic)
            .GetProperty("stance").GetString()!;

    [Fact]
    public async Task The_seed_article_gives_the_positions_a_reader_sees()
    {
        using var app = new BriefingAppFactory(withSeeds: true);
        var client = app.CreateClient();

        var positions = await PositionsAsync(client);

        Assert.Equal("opposes", Stance(positions, "Pete Hegseth", "Territory and borders"));
        Assert.Equal("supports", Stance(positions, "Pete Hegseth", "Peace negotiations")); // he pushed back on the criticism
        Assert.Equal("opposes", Stance(positions, "Donald Trump", "Ukraine's NATO membership"));
        Assert.Equal("opposes", Stance(positions, "Donald Trump", "Territory and borders"));
        Assert.Equal("supports", Stance(positions, "Donald Trump", "Peace negotiations"));
        Assert.Equal("supports", Stance(positions, "Scott Bessent", "Resources-for-support deal"));
        Assert.Equal("supports", Stance(positions, "Mark Rutte", "Peace negotiations"));
        var rutte = positions.Single(p => p.GetProperty("actor").GetProperty("name").GetString() == "Mark Rutte");
        var evidence = rutte.GetProperty("evidence")[0];
        Assert.Contains("peace deal is enduring", evidence.GetProperty("text").GetString());
        foreach (var field in new[] { "statementId", "text", "articleId", "stance" })
            Assert.True(evidence.TryGetProperty(field, out _), $"evidence lacks {field}");
        Assert.False(string.IsNullOrEmpty(rutte.GetProperty("summary").GetString()));
        Assert.True(rutte.TryGetProperty("lastSeen", out _));
    }

    [Fact]
    public async Task Positions_filter_by_actor_and_topic_name_and_unknown_names_are_404()
    {
        using var app = new BriefingAppFactory(withSeeds: true);
        var client = app.CreateClient();
        await PositionsAsync(client);

        var trump = await client.GetFromJsonAsync<JsonElement[]>("/api/positions?actor=Trump&topic=Peace%20negotiations");
        var only = Assert.Single(trump!);
        Assert.Equal("donald-trump", only.GetProperty("actor").GetProperty("id").GetString());

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/positions?actor=Nobody%20Known")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/positions?topic=Fishing")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/positions?stance=angry")).StatusCode);
    }

    [Fact]
    public async Task A_new_topic_reclassifies_existing_statements_and_a_reversal_is_a_shift()
    {
        using var app = new BriefingAppFactory();
        var writer = app.WriterClient();
        await app.IngestAsync(writer, new
        {
            title = "Varga backs open harbour",
            text = "Veltrian Foreign Minister Aldo Varga spoke on Monday. “The harbour of Serin must stay open to every ship,” Varga said.",
            publishedAt = "2026-11-02T09:00:00Z",
        });

        var created = await writer.PostAsJsonAsync("/api/topics", new
        {
            name = "Harbour access",
            description = "Proposition: the harbour of Serin stays open.",
            keywords = new[] { "harbour", "port of Serin" },
            supportCues = new[] { "stay open", "open" },
            opposeCues = new[] { "close", "closed", "closing" },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var before = await client(app).GetFromJsonAsync<JsonElement[]>("/api/positions?actor=Aldo%20Varga&topic=Harbour%20access");
        Assert.Equal("supports", Assert.Single(before!).GetProperty("stance").GetString());

        await app.IngestAsync(writer, new
        {
            title = "Varga reverses on harbour",
            text = "Veltrian Foreign Minister Aldo Varga changed course on Friday. “The harbour of Serin will be closed to foreign ships,” Varga said.",
            publishedAt = "2026-11-06T09:00:00Z",
        });

        var after = Assert.Single((await client(app).GetFromJsonAsync<JsonElement[]>("/api/positions?actor=Aldo%20Varga&topic=Harbour%20access"))!);
        Assert.Equal("opposes", after.GetProperty("stance").GetString());
        Assert.Equal("supports", after.GetProperty("shiftedFrom").GetString());
        Assert.Equal(2, after.GetProperty("evidence").GetArrayLength());
        Assert.Contains("closed", after.GetProperty("evidence")[0].GetProperty("text").GetString());

        static HttpClient client(BriefingAppFactory app) => app.CreateClient();
    }

    [Fact]
    public async Task A_topic_with_bad_keywords_is_400_and_writing_topics_needs_a_key()
    {
        using var app = new BriefingAppFactory();

        var anonymous = await app.CreateClient().PostAsJsonAsync("/api/topics", new { name = "X", keywords = new[] { "x" } });
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);

        var empty = await app.WriterClient().PostAsJsonAsync("/api/topics", new { name = "X", keywords = Array.Empty<string>() });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("keywords", (await empty.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }
}
