using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

using Briefing.Testing;

namespace Briefing.Web.Tests.Api;

public sealed class PagingApiTests : IDisposable
{
    private readonly BriefingAppFactory _app = new(withSeeds: true);

    public void Dispose() => _app.Dispose();

    [Theory]
    [InlineData("/api/articles", "id")]
    [InlineData("/api/actors", "id")]
    [InlineData("/api/statements?actor=Aldo%20Varga", "id")]
    [InlineData("/api/statements", "id")]
    [InlineData("/api/statements?q=harbour", "id")]
    [InlineData("/api/topics", "id")]
    [InlineData("/api/positions", null)]
    public async Task Following_the_next_links_walks_the_whole_list_once_in_order(string list, string? key)
    {
        var writer = _app.WriterClient();
        foreach (var marker in new[] { "one", "two", "three" }) await _app.IngestAsync(writer, FictionalArticles.Harbour(marker));
        var separator = list.Contains('?') ? '&' : '?';
        var whole = await writer.GetFromJsonAsync<JsonElement[]>($"{list}{separator}limit=1000");
        Assert.True(whole!.Length >= 3, $"{list} should list at least 3 items, has {whole.Length}");

        var walked = new List<string>();
        string? next = $"{list}{separator}limit=2";
        var pages = 0;
        while (next is not null)
        {
            using var response = await writer.GetAsync(next);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = (await response.Content.ReadFromJsonAsync<JsonElement[]>())!;
            Assert.True(page.Length <= 2);
            walked.AddRange(page.Select(e => KeyOf(e, key)));
            next = NextLink(response);
            if (next is not null) Assert.Equal(2, page.Length); // only a full page links onwards
            Assert.True(++pages <= whole.Length + 1, "the next links must end");
        }

        Assert.Equal(whole.Select(e => KeyOf(e, key)), walked);
    }

    [Theory]
    [InlineData("/api/articles?limit=0", "limit")]
    [InlineData("/api/articles?limit=1001", "limit")]
    [InlineData("/api/actors?offset=-1", "offset")]
    [InlineData("/api/statements?limit=5000", "limit")]
    [InlineData("/api/positions?offset=-3", "offset")]
    [InlineData("/api/topics?limit=0", "limit")]
    [InlineData("/api/statements?after=not-a-cursor", "after")]
    [InlineData("/api/articles?limit=5&after=MXwy", "after")]
    public async Task A_bad_limit_or_offset_is_a_400_naming_the_field(string url, string field)
    {
        var response = await _app.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"\"{field}\"", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("/api/articles")]
    [InlineData("/api/statements")]
    public async Task The_long_lists_link_onwards_by_cursor_and_an_offset_still_works(string list)
    {
        var writer = _app.WriterClient();
        foreach (var marker in new[] { "one", "two", "three" }) await _app.IngestAsync(writer, FictionalArticles.Harbour(marker));

        using var first = await writer.GetAsync($"{list}?limit=1");
        var next = NextLink(first);
        Assert.NotNull(next);
        Assert.Contains("after=", next);
        Assert.DoesNotContain("offset=", next);
        var byCursor = await writer.GetFromJsonAsync<JsonElement[]>(next);
        var byOffset = await writer.GetFromJsonAsync<JsonElement[]>($"{list}?limit=1&offset=1");
        Assert.Equal(byOffset!.Select(e => KeyOf(e, "id")), byCursor!.Select(e => KeyOf(e, "id")));
    }

    [Fact]
    public async Task Existing_limit_callers_up_to_500_keep_working_and_a_short_page_has_no_next_link()
    {
        var response = await _app.CreateClient().GetAsync("/api/articles?limit=500");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(NextLink(response));
    }

    private static string KeyOf(JsonElement item, string? key) => key is not null
        ? item.GetProperty(key).GetString()!
        : item.GetProperty("actor").GetProperty("id").GetString() + "/" + item.GetProperty("topic").GetProperty("id").GetString();

    private static string? NextLink(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("Link", out var values)) return null;
        var link = values.Single();
        Assert.EndsWith("; rel=\"next\"", link);
        return link[1..link.IndexOf('>')];
    }
}
