using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

using Briefing.Testing;

namespace Briefing.Web.Tests.Api;

public sealed class ArticlesApiTests : IDisposable
{
    private readonly BriefingAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Posting_an_article_answers_202_with_its_id_and_it_is_committed_before_the_answer()
    {
        var response = await _app.WriterClient().PostAsJsonAsync("/api/articles", FictionalArticles.Harbour());

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(body.GetProperty("duplicate").GetBoolean());
        var id = body.GetProperty("id").GetString()!;
        Assert.Equal($"/api/articles/{id}", response.Headers.Location?.ToString());
        // Durable: a second, independent connection to the file sees the accepted row.
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_app.DatabasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM inbox WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        Assert.Equal(1L, command.ExecuteScalar());
    }

    [Fact]
    public async Task Posting_the_same_text_again_returns_the_existing_id_as_a_duplicate()
    {
        var writer = _app.WriterClient();
        var first = await (await writer.PostAsJsonAsync("/api/articles", FictionalArticles.Harbour())).Content.ReadFromJsonAsync<JsonElement>();
        var again = await writer.PostAsJsonAsync("/api/articles", FictionalArticles.Harbour());

        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        var second = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(second.GetProperty("duplicate").GetBoolean());
        Assert.Equal(first.GetProperty("id").GetString(), second.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Posting_the_same_url_again_is_a_duplicate_even_with_other_text()
    {
        var writer = _app.WriterClient();
        var first = await (await writer.PostAsJsonAsync("/api/articles", new { title = "A", text = "First text.", url = "https://news.example/a" })).Content.ReadFromJsonAsync<JsonElement>();
        var second = await (await writer.PostAsJsonAsync("/api/articles", new { title = "A", text = "Updated text.", url = "https://news.example/a" })).Content.ReadFromJsonAsync<JsonElement>();

        Assert.True(second.GetProperty("duplicate").GetBoolean());
        Assert.Equal(first.GetProperty("id").GetString(), second.GetProperty("id").GetString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    public async Task Writing_without_a_valid_key_is_401_with_problem_details(string? key)
    {
        var client = _app.CreateClient();
        if (key is not null) client.DefaultRequestHeaders.Add("X-Api-Key", key);

        var response = await client.PostAsJsonAsync("/api/articles", FictionalArticles.Harbour());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("X-Api-Key", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("{not json", "not a valid article")]
    [InlineData("{\"title\": \"No text\"}", "\"text\" is required")]
    [InlineData("{\"title\": \"Blank\", \"text\": \"   \"}", "\"text\" is required")]
    [InlineData("{\"text\": 42}", "not a valid article")]
    [InlineData("[1, 2]", "not a valid article")]
    [InlineData("null", "JSON object")]
    [InlineData("{\"text\": \"x\", \"publishedAt\": \"yesterday\"}", "not a valid article")]
    [InlineData("{\"text\": \"x\", \"url\": \"not a url\"}", "absolute http(s) URL")]
    [InlineData("{\"text\": \"x\", \"url\": \"javascript:alert(1)\"}", "absolute http(s) URL")]
    public async Task A_malformed_body_is_400_saying_what_is_wrong(string body, string expected)
    {
        var response = await _app.WriterClient().PostAsync("/api/articles", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(expected, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_body_over_the_size_limit_is_413()
    {
        using var small = new BriefingAppFactory().With("Briefing:MaxArticleBytes", "2000");
        var text = new string('a', 5000);

        var response = await small.WriterClient().PostAsJsonAsync("/api/articles", new { title = "Big", text });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("2,000 bytes", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_415()
    {
        var response = await _app.WriterClient().PostAsync("/api/articles", new StringContent("title\ntext", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task A_missing_title_is_taken_from_the_first_line_of_the_text()
    {
        var writer = _app.WriterClient();
        var id = await _app.IngestAsync(writer, new { text = "Serin port reopens\nThe port of Serin reopened on Monday." });

        var article = await writer.GetFromJsonAsync<JsonElement>($"/api/articles/{id}");
        Assert.Equal("Serin port reopens", article.GetProperty("title").GetString());
    }

    [Fact]
    public async Task An_unknown_article_is_404_problem_details()
    {
        var response = await _app.CreateClient().GetAsync("/api/articles/does-not-exist");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
