using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Briefing.Testing;

namespace Briefing.Web.Tests.Api;

public sealed class StanceCorrectionApiTests
{
    private static readonly object Harbour = new
    {
        name = "Harbour access",
        description = "Proposition: the harbour of Serin stays open.",
        keywords = new[] { "harbour" },
    };

    private static async Task<(BriefingAppFactory App, HttpClient Writer, string StatementId)> ArrangeAsync()
    {
        var app = new BriefingAppFactory();
        var writer = app.WriterClient();
        (await writer.PostAsJsonAsync("/api/topics", Harbour)).EnsureSuccessStatusCode();
        var id = await app.IngestAsync(writer, new
        {
            title = "Serin council meets",
            text = "Veltrian Foreign Minister Aldo Varga spoke on Monday. “The harbour question will be settled by the council in May,” Varga said.",
        });
        var article = await writer.GetFromJsonAsync<JsonElement>($"/api/articles/{id}");
        var statement = article.GetProperty("statements").EnumerateArray().First(s => s.GetProperty("text").GetString()!.Contains("harbour"));
        return (app, writer, statement.GetProperty("id").GetString()!);
    }

    private static async Task<string?> StanceOfAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement[]>("/api/positions?topic=Harbour%20access"))!
            .Select(p => p.GetProperty("stance").GetString()).FirstOrDefault();

    [Fact]
    public async Task A_wrong_stance_correction_becomes_an_example_and_moves_the_position()
    {
        var (app, writer, statementId) = await ArrangeAsync();
        using var _ = app;
        Assert.Equal("unclear", await StanceOfAsync(writer)); // no cue: the cue analysis cannot tell

        var response = await writer.PutAsJsonAsync($"/api/statements/{statementId}/stance", new { topic = "Harbour access", stance = "opposes" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("opposes", body.GetProperty("position").GetProperty("stance").GetString());
        Assert.Equal("opposes", await StanceOfAsync(writer));
        var topic = (await writer.GetFromJsonAsync<JsonElement[]>("/api/topics"))!.Single(t => t.GetProperty("name").GetString() == "Harbour access");
        var example = Assert.Single(topic.GetProperty("examples").EnumerateArray());
        Assert.Equal("correction", example.GetProperty("source").GetString());
        Assert.Equal(statementId, example.GetProperty("statementId").GetString());

        // A second correction of the same statement replaces the first; "none" takes it off the topic.
        await writer.PutAsJsonAsync($"/api/statements/{statementId}/stance", new { topic = "harbour-access", stance = "none" });
        Assert.Null(await StanceOfAsync(writer));
    }

    [Theory]
    [InlineData("{\"stance\":\"opposes\"}", "topic")]
    [InlineData("{\"topic\":\"Harbour access\",\"stance\":\"furious\"}", "stance")]
    [InlineData("{\"topic\":\"Harbour access\"}", "stance")]
    public async Task Bad_corrections_are_400_naming_the_field(string json, string field)
    {
        var (app, writer, statementId) = await ArrangeAsync();
        using var _ = app;

        var response = await writer.PutAsync($"/api/statements/{statementId}/stance",
            new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"\"{field}\"", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Unknown_statements_and_topics_are_404_and_a_key_is_required()
    {
        var (app, writer, statementId) = await ArrangeAsync();
        using var _ = app;

        var noStatement = await writer.PutAsJsonAsync("/api/statements/nope-1/stance", new { topic = "Harbour access", stance = "supports" });
        var noTopic = await writer.PutAsJsonAsync($"/api/statements/{statementId}/stance", new { topic = "Tides", stance = "supports" });
        var noKey = await app.CreateClient().PutAsJsonAsync($"/api/statements/{statementId}/stance", new { topic = "Harbour access", stance = "supports" });

        Assert.Equal(HttpStatusCode.NotFound, noStatement.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, noTopic.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, noKey.StatusCode);
    }

    [Fact]
    public async Task Topics_accept_labelled_examples_and_name_a_bad_one()
    {
        using var app = new BriefingAppFactory();
        var writer = app.WriterClient();

        var bad = await writer.PostAsJsonAsync("/api/topics", new
        {
            name = "Tides", description = "Proposition: the tide tables are published.", keywords = new[] { "tide" },
            examples = new[] { new { text = "Publish them.", stance = "maybe" } },
        });
        var good = await writer.PostAsJsonAsync("/api/topics", new
        {
            name = "Tides", description = "Proposition: the tide tables are published.", keywords = new[] { "tide" },
            examples = new[] { new { text = "The tables must be out by Friday.", stance = "supports" } },
        });

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("examples[0].stance", (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Created, good.StatusCode);
        var tides = (await writer.GetFromJsonAsync<JsonElement[]>("/api/topics"))!.Single(t => t.GetProperty("name").GetString() == "Tides");
        var example = Assert.Single(tides.GetProperty("examples").EnumerateArray());
        Assert.Equal("supports", example.GetProperty("stance").GetString());
        Assert.Equal("topic", example.GetProperty("source").GetString());
    }
}
