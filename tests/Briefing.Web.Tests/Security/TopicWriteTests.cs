using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Briefing.Testing;
using Briefing.Web.Positions;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Web.Tests.Security;

/// <summary>Finding 2 (High): a bad topic write answered 500, was stored anyway, and stopped the next start-up.
/// Now it is a 400 naming the field, nothing is stored, and a bad row already in the database is skipped.</summary>
public sealed class TopicWriteTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("briefing-topics-");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { _folder.Delete(recursive: true); } catch (IOException) { }
    }

    private static object Topic(string name, string[]? supportCues = null) => new
    {
        name,
        description = "Veltria should keep the harbour of Serin open.",
        keywords = new[] { "harbour", "port of Serin" },
        supportCues = supportCues ?? ["keep open"],
        opposeCues = new[] { "close" },
    };

    [Fact]
    public async Task A_cue_the_classifier_cannot_compile_is_a_400_naming_the_field_and_a_restart_comes_up()
    {
        using (var app = new BriefingAppFactory(_folder.FullName))
        {
            var writer = app.WriterClient();
            var response = await writer.PostAsJsonAsync("/api/topics", Topic("Harbour access", ["keep \"open\""]));

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.True(problem.GetProperty("errors").TryGetProperty("supportCues", out _), problem.ToString());
            Assert.DoesNotContain("Harbour access", await writer.GetStringAsync("/api/topics"));
        }
        using var restarted = new BriefingAppFactory(_folder.FullName);
        Assert.Equal(HttpStatusCode.OK, (await restarted.CreateClient().GetAsync("/api/topics")).StatusCode);
    }

    [Fact]
    public async Task A_name_that_differs_only_in_case_is_a_400_and_not_stored()
    {
        using var app = new BriefingAppFactory(_folder.FullName);
        var writer = app.WriterClient();
        Assert.Equal(HttpStatusCode.Created, (await writer.PostAsJsonAsync("/api/topics", Topic("Harbour access"))).StatusCode);

        var response = await writer.PostAsJsonAsync("/api/topics", Topic("HARBOUR ACCESS"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("name", out _), problem.ToString());
        Assert.DoesNotContain("HARBOUR ACCESS", await writer.GetStringAsync("/api/topics"));
    }

    [Fact]
    public async Task Renaming_a_topic_onto_another_ones_name_is_refused_too()
    {
        using var app = new BriefingAppFactory(_folder.FullName);
        var writer = app.WriterClient();
        await writer.PostAsJsonAsync("/api/topics", Topic("Harbour access"));
        var second = (await writer.PostAsJsonAsync("/api/topics", Topic("Grain subsidies"))).Headers.Location!.ToString();

        var response = await writer.PutAsJsonAsync(second, Topic("harbour Access"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Grain subsidies", await writer.GetStringAsync("/api/topics"));
    }

    [Fact]
    public async Task A_bad_row_already_stored_is_skipped_logged_and_shown_on_the_topics_page_while_the_app_runs()
    {
        using (var first = new BriefingAppFactory(_folder.FullName))
            await first.WriterClient().PostAsJsonAsync("/api/topics", Topic("Harbour access"));
        // What the old version let through: an unsupported cue, and a name differing only in case.
        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(_folder.FullName, "briefing.db")}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText =
                """
                INSERT INTO topics (id, name, description, keywords, support_cues, oppose_cues, urgent, updated_at) VALUES
                ('bad-cue', 'Tram fares', '', '["tram"]', '["cut \"fares\""]', '[]', 0, '2026-01-01T00:00:00Z'),
                ('twin', 'HARBOUR ACCESS', '', '["harbour"]', '[]', '[]', 0, '2026-01-01T00:00:00Z');
                """;
            await command.ExecuteNonQueryAsync();
        }
        SqliteConnection.ClearAllPools();

        using var app = new BriefingAppFactory(_folder.FullName);
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/topics")).StatusCode);
        var catalog = app.Services.GetRequiredService<TopicCatalog>();
        Assert.Contains("unsupported character", catalog.Problem("bad-cue"));
        // One of the two same-named topics stays in force, the other is reported.
        Assert.Single(new[] { catalog.Problem("twin"), catalog.Problem("harbour-access") }, p => p?.Contains("already named") == true);
        Assert.Contains("Not in force", await client.GetStringAsync("/topics"));
        // The pipeline still runs with the good topics.
        await app.IngestAsync(app.WriterClient(), FictionalArticles.Harbour("after-bad-rows"));
    }

    [Fact]
    public async Task A_correction_note_that_is_too_long_is_a_400_naming_the_field()
    {
        using var app = new BriefingAppFactory(_folder.FullName);
        var response = await app.WriterClient().PostAsJsonAsync("/api/statements/any/reject", new { note = new string('n', 5000) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("note", out _), problem.ToString());
    }
}
