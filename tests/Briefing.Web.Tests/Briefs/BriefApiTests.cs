using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Briefing.Testing;
using ClosedXML.Excel;

namespace Briefing.Web.Tests.Briefs;

/// <summary>GET /api/brief over the real app and a real SQLite file, with fictional articles: a minister who
/// reverses himself on a topic, a wire copy carried by a second outlet, and hostile text.</summary>
public sealed class BriefApiTests : IAsyncLifetime
{
    private readonly BriefingAppFactory _app = new();
    private HttpClient _client = default!;

    // 60+ words so the second outlet's copy is recognised as the same wire story (MinHash needs 50+ words).
    private const string WireText =
        "Veltrian Foreign Minister Aldo Varga spoke in Serin on Tuesday after a long night of talks with the port authority " +
        "and the shipping unions, who had warned of delays for weeks. “The harbour of Serin will stay open to every ship,” " +
        "Varga said, adding that the customs checks introduced last month would be reviewed by the end of the season and " +
        "that the government would publish the results in full for traders, pilots and the families who live beside the docks.";

    public async Task InitializeAsync()
    {
        _client = _app.WriterClient();
        (await _client.PostAsJsonAsync("/api/topics", FictionalTopics.HarbourAccess)).EnsureSuccessStatusCode();
        await _app.IngestAsync(_client, new
        {
            title = "Veltria keeps Serin open", text = WireText, source = "Test Wire", url = "https://wire.example/serin-open",
            publishedAt = DateTimeOffset.UtcNow.AddDays(-3),
        });
        // The same story from a second outlet: linked as "also carried by", not stored again.
        var copy = await _client.PostAsJsonAsync("/api/articles", new
        {
            title = "Serin stays open, minister says", text = WireText.Replace("on Tuesday", "on Tuesday morning"),
            source = "Harbour Daily", url = "https://daily.example/serin",
        });
        Assert.True((await copy.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("duplicate").GetBoolean());
        await _app.IngestAsync(_client, new
        {
            title = "Varga reverses on the harbour",
            text = "Veltrian Foreign Minister Aldo Varga changed course on Friday. " +
                   "“The harbour of Serin will be closed to foreign ships from Monday,” Varga said. " +
                   "Port director Mira Castell said: “=HYPERLINK(\"http://evil.example\") <script>alert(1)</script> [click](javascript:alert(1))”.",
            source = "Test Wire",
        });
    }

    public Task DisposeAsync()
    {
        _client.Dispose();
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task The_markdown_brief_has_every_section_with_source_links_and_also_carried_by()
    {
        var response = await _client.GetAsync("/api/brief?actor=Aldo%20Varga&format=md");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/markdown", response.Content.Headers.ContentType!.ToString());
        var md = await response.Content.ReadAsStringAsync();

        Assert.StartsWith("# Brief: Aldo Varga", md);
        foreach (var section in new[] { "## Positions", "## Positions that changed", "## Most-carried quotes", "## Who said what" })
            Assert.Contains(section, md);
        Assert.Contains("| Harbour access | Aldo Varga | opposes (was supports) |", md);
        Assert.Contains("**Aldo Varga** on **Harbour access**: supports → opposes", md);
        Assert.Contains("**2 outlets** — **Aldo Varga**", md);
        Assert.Contains("The harbour of Serin will stay open to every ship", md);
        Assert.Contains("[Test Wire: Veltria keeps Serin open](https://wire.example/serin-open)", md);
        Assert.Contains("also carried by: [Harbour Daily](https://daily.example/serin)", md);
        Assert.Contains("/articles/", md);
    }

    [Fact]
    public async Task The_markdown_brief_escapes_article_text_so_it_never_becomes_markup_or_a_link()
    {
        var md = await _client.GetStringAsync("/api/brief?format=md");

        Assert.Contains("Mira Castell", md);
        Assert.DoesNotContain("<script>", md);
        Assert.Contains("\\<script\\>", md);
        Assert.DoesNotContain("[click](javascript", md);
        Assert.Contains("\\[click\\](javascript:alert(1))", md);
    }

    [Fact]
    public async Task The_csv_has_one_statement_a_row_with_speaker_stance_confidence_source_url_and_time()
    {
        var response = await _client.GetAsync("/api/brief?actor=aldo-varga&topic=Harbour%20access&format=csv");
        Assert.StartsWith("text/csv", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.StartsWith("time,speaker,role,statement,kind,topic,stance,confidence,source,url,also_carried_by", lines[0]);
        // Newest first: the reversal, then the earlier statement with its source and the outlet that also carried it.
        Assert.Contains("Aldo Varga", lines[1]);
        Assert.Contains("will be closed", lines[1]);
        Assert.Contains(",opposes,", lines[1]);
        var earlier = Assert.Single(lines, l => l.Contains("will stay open"));
        Assert.Contains(",supports,", earlier);
        Assert.Contains("https://wire.example/serin-open", earlier);
        Assert.Contains("Harbour Daily <https://daily.example/serin>", earlier);
        Assert.All(lines.Skip(1), l => Assert.Contains("Harbour access", l));
    }

    [Fact]
    public async Task The_excel_file_has_the_statements_and_the_positions()
    {
        var response = await _client.GetAsync("/api/brief?actor=Varga&format=xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        using var book = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));

        var statements = book.Worksheet("Statements");
        Assert.Equal("speaker", statements.Cell(1, 2).GetString());
        var texts = statements.RowsUsed().Skip(1).Select(r => r.Cell(4).GetString()).ToList();
        Assert.Contains(texts, t => t.Contains("will be closed"));
        Assert.Contains(texts, t => t.Contains("will stay open"));
        var positions = book.Worksheet("Positions");
        Assert.Equal("Harbour access", positions.Cell(2, 1).GetString());
        Assert.Equal("opposes", positions.Cell(2, 3).GetString());
    }

    [Fact]
    public async Task The_json_brief_gives_its_sections_as_data_and_since_narrows_the_window()
    {
        var all = await _client.GetFromJsonAsync<JsonElement>("/api/brief?actor=aldo-varga&format=json");
        Assert.Equal("Brief: Aldo Varga", all.GetProperty("title").GetString());
        Assert.Equal("opposes", all.GetProperty("positions")[0].GetProperty("stance").GetString());
        Assert.Equal("supports", all.GetProperty("changed")[0].GetProperty("shiftedFrom").GetString());
        var carried = all.GetProperty("mostCarried")[0];
        Assert.Equal(2, carried.GetProperty("outlets").GetInt32());
        Assert.Equal("Harbour Daily", carried.GetProperty("alsoCarriedBy")[0].GetProperty("source").GetString());
        var texts = all.GetProperty("statements").EnumerateArray().Select(x => x.GetProperty("text").GetString()).ToList();
        Assert.Contains(texts, t => t!.Contains("will stay open"));

        // The first article was published three days ago: a 24 h window leaves only the reversal.
        var day = await _client.GetFromJsonAsync<JsonElement>("/api/brief?actor=aldo-varga&since=24h&format=json");
        var recent = day.GetProperty("statements").EnumerateArray().Select(x => x.GetProperty("text").GetString()).ToList();
        Assert.Contains(recent, t => t!.Contains("will be closed"));
        Assert.DoesNotContain(recent, t => t!.Contains("will stay open"));
        var outlet = await _client.GetFromJsonAsync<JsonElement>("/api/brief?outlet=harbour%20daily&format=json");
        Assert.Equal(0, outlet.GetProperty("statements").GetArrayLength()); // the copy is a link, not an article of its own
    }

    [Theory]
    [InlineData("/api/brief?since=yesterday", 400, "\"since\"")]
    [InlineData("/api/brief?since=0h", 400, "\"since\"")]
    [InlineData("/api/brief?format=pdf", 400, "\"format\"")]
    [InlineData("/api/brief?actor=Nobody%20Atall", 404, "\"actor\"")]
    [InlineData("/api/brief?topic=No%20such%20topic", 404, "\"topic\"")]
    public async Task Bad_filters_are_problem_details_naming_the_field(string url, int status, string field)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains(field, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }
}
