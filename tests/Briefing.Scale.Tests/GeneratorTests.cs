using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Briefing.Testing;

namespace Briefing.Scale.Tests;

public sealed class GeneratorTests(GeneratedStore store) : IClassFixture<GeneratedStore>
{
    [Fact]
    public async Task A_generated_store_opens_in_the_app_with_articles_statements_invented_actors_and_positions()
    {
        using var app = new BriefingAppFactory(store.Folder);
        var client = app.CreateClient();

        var articles = await client.GetFromJsonAsync<JsonElement[]>("/api/articles?limit=1000");
        Assert.Equal(100, articles!.Length);
        var statements = await WalkAsync(client, "/api/statements?limit=400");
        Assert.InRange(statements.Count, 800, 1200); // ~10 per article
        Assert.All(statements, s => Assert.NotNull(s.GetProperty("speaker").GetProperty("name").GetString()));

        var actors = await client.GetFromJsonAsync<JsonElement[]>("/api/actors?limit=50");
        Assert.Equal(20, actors!.Count(a => a.GetProperty("statementCount").GetInt32() > 0));
        var positions = await client.GetFromJsonAsync<JsonElement[]>("/api/positions?limit=1000");
        Assert.NotEmpty(positions!);

        // Spread over months, newest first.
        var times = articles.Select(a => a.GetProperty("ingestedAt").GetDateTimeOffset()).ToList();
        Assert.True(times[0] - times[^1] > TimeSpan.FromDays(30), $"articles span {times[0] - times[^1]}");
        Assert.Equal(times.OrderByDescending(t => t), times);

        foreach (var page in new[] { "/", $"/actors/{actors![0].GetProperty("id").GetString()}", "/positions", $"/articles/{articles[0].GetProperty("id").GetString()}" })
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(page)).StatusCode);
    }

    [Fact]
    public async Task A_statement_shows_the_text_its_spans_point_at()
    {
        using var app = new BriefingAppFactory(store.Folder);
        var client = app.CreateClient();
        var id = (await client.GetFromJsonAsync<JsonElement[]>("/api/articles?limit=1"))![0].GetProperty("id").GetString();

        var article = await client.GetFromJsonAsync<JsonElement>($"/api/articles/{id}");
        var text = article.GetProperty("text").GetString()!;
        foreach (var statement in article.GetProperty("statements").EnumerateArray())
        {
            var span = statement.GetProperty("content")[0];
            Assert.Equal(statement.GetProperty("text").GetString(), text[span.GetProperty("start").GetInt32()..span.GetProperty("end").GetInt32()]);
        }
    }

    private static async Task<List<JsonElement>> WalkAsync(HttpClient client, string url)
    {
        var all = new List<JsonElement>();
        for (string? next = url; next is not null;)
        {
            using var response = await client.GetAsync(next);
            all.AddRange((await response.Content.ReadFromJsonAsync<JsonElement[]>())!);
            next = response.Headers.TryGetValues("Link", out var links) ? links.Single()[1..links.Single().IndexOf('>')] : null;
        }
        return all;
    }
}
