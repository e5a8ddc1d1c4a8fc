using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

using Briefing.Testing;

namespace Briefing.Web.Tests.Api;

public sealed class ReadApiTests : IDisposable
{
    private readonly BriefingAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task An_ingested_article_has_its_statements_and_the_speaker_is_an_actor()
    {
        var writer = _app.WriterClient();
        var id = await _app.IngestAsync(writer, FictionalArticles.Harbour());

        var article = await writer.GetFromJsonAsync<JsonElement>($"/api/articles/{id}");
        var quote = article.GetProperty("statements").EnumerateArray()
            .Single(s => s.GetProperty("text").GetString()!.Contains("We will not close the harbour"));
        Assert.True(quote.GetProperty("direct").GetBoolean());
        Assert.Equal("Aldo Varga", quote.GetProperty("speaker").GetProperty("name").GetString());
        Assert.Equal(id, quote.GetProperty("articleId").GetString());

        var actors = await writer.GetFromJsonAsync<JsonElement>("/api/actors");
        var varga = actors.EnumerateArray().Single(a => a.GetProperty("name").GetString() == "Aldo Varga");
        Assert.Equal("person", varga.GetProperty("kind").GetString());
        Assert.Contains("Foreign Minister", varga.GetProperty("role").GetString());
        Assert.True(varga.GetProperty("statementCount").GetInt32() >= 1);
        Assert.Equal(JsonValueKind.Array, varga.GetProperty("aliases").ValueKind);
    }

    [Fact]
    public async Task Statements_filter_by_actor_name_or_id_and_by_words_newest_first()
    {
        var writer = _app.WriterClient();
        await _app.IngestAsync(writer, FictionalArticles.Harbour("first"));
        await _app.IngestAsync(writer, FictionalArticles.Harbour("second"));

        var byName = await writer.GetFromJsonAsync<JsonElement[]>("/api/statements?actor=Aldo%20Varga");
        var direct = byName!.Where(s => s.GetProperty("direct").GetBoolean()).ToList();
        Assert.Equal(2, direct.Count);
        Assert.Contains("second", direct[0].GetProperty("text").GetString());
        Assert.All(byName!, s => Assert.Equal("Aldo Varga", s.GetProperty("speaker").GetProperty("name").GetString()));
        var actorId = direct[0].GetProperty("speaker").GetProperty("id").GetString();

        var byId = await writer.GetFromJsonAsync<JsonElement[]>($"/api/statements?actor={actorId}&limit=1");
        Assert.Single(byId!);

        var byWords = await writer.GetFromJsonAsync<JsonElement[]>("/api/statements?q=harbour%20first");
        Assert.Contains(byWords!, s => s.GetProperty("text").GetString()!.Contains("first"));
        Assert.DoesNotContain(byWords!, s => s.GetProperty("text").GetString()!.Contains("second"));
    }

    [Theory]
    [InlineData("/api/statements?actor=Nobody%20Known", HttpStatusCode.NotFound)]
    [InlineData("/api/statements?limit=0", HttpStatusCode.BadRequest)]
    [InlineData("/api/statements?limit=abc", HttpStatusCode.BadRequest)]
    [InlineData("/api/actors/nobody", HttpStatusCode.NotFound)]
    public async Task Bad_queries_get_a_clear_4xx(string url, HttpStatusCode expected)
    {
        var response = await _app.CreateClient().GetAsync(url);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
