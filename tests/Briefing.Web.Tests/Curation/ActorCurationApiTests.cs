using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Briefing.Testing;

namespace Briefing.Web.Tests.Curation;

/// <summary>Merge, undo, split and edit of fictional actors over the real app and a real SQLite file.</summary>
public sealed class ActorCurationApiTests
{
    private static async Task<(BriefingAppFactory App, HttpClient Writer, string Vargha)> TwoVargasAsync()
    {
        var app = new BriefingAppFactory();
        var writer = app.WriterClient();
        (await writer.PostAsJsonAsync("/api/topics", FictionalTopics.HarbourAccess)).EnsureSuccessStatusCode();
        await app.IngestAsync(writer, new
        {
            title = "Varga on Serin", source = "Test Wire",
            text = "Veltrian Foreign Minister Aldo Varga spoke on Tuesday. “The harbour of Serin will stay open to every ship,” Varga said.",
        });
        // A wire that misspells him: a second actor until an analyst merges them.
        await app.IngestAsync(writer, new
        {
            title = "Vargha on Serin", source = "Harbour Daily",
            text = "Veltrian Foreign Minister Aldo Vargha spoke on Wednesday. “The harbour of Serin must remain open,” Vargha said.",
        });
        var vargha = (await ActorAsync(writer, "Aldo Vargha")).GetProperty("id").GetString()!;
        Assert.NotEqual("aldo-varga", vargha);
        return (app, writer, vargha);
    }

    private static async Task<JsonElement> ActorAsync(HttpClient client, string id) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/actors/{id}");

    private static async Task<int> StatementsOfAsync(HttpClient client, string id) =>
        (await client.GetFromJsonAsync<JsonElement[]>($"/api/statements?actor={id}"))!.Length;

    [Fact]
    public async Task A_merge_moves_aliases_statements_and_positions_and_its_undo_puts_them_back()
    {
        var (app, writer, vargha) = await TwoVargasAsync();
        using var _ = app;
        Assert.Equal(1, await StatementsOfAsync(writer, vargha));
        var before = await StatementsOfAsync(writer, "aldo-varga");

        var merged = await writer.PostAsJsonAsync($"/api/actors/{vargha}/merge", new { into = "Aldo Varga" });
        Assert.Equal(HttpStatusCode.OK, merged.StatusCode);
        var curationId = (await merged.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("curationId").GetInt64();

        Assert.Equal(before + 1, await StatementsOfAsync(writer, "aldo-varga"));
        Assert.Contains("Aldo Vargha", (await ActorAsync(writer, "aldo-varga")).GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("aldo-varga", (await ActorAsync(writer, "Aldo Vargha")).GetProperty("id").GetString()); // the alias resolves to the kept actor
        var positions = await writer.GetFromJsonAsync<JsonElement[]>("/api/positions?topic=harbour-access");
        var position = Assert.Single(positions!);
        Assert.Equal("aldo-varga", position.GetProperty("actor").GetProperty("id").GetString());
        Assert.Equal(2, position.GetProperty("evidence").GetArrayLength());
        var moved = (await writer.GetFromJsonAsync<JsonElement[]>("/api/statements?actor=aldo-varga"))!
            .Single(s => s.GetProperty("text").GetString()!.Contains("must remain open")).GetProperty("id").GetString();
        var audit = await writer.GetFromJsonAsync<JsonElement[]>($"/api/statements/{moved}/curations");
        Assert.Contains(audit!, c => c.GetProperty("action").GetString() == "merge" && c.GetProperty("curatedBy").GetString() == "configured-0");

        Assert.Equal(HttpStatusCode.OK, (await writer.PostAsync($"/api/actors/curations/{curationId}/undo", null)).StatusCode);
        Assert.Equal(1, await StatementsOfAsync(writer, vargha));
        Assert.Equal(before, await StatementsOfAsync(writer, "aldo-varga"));
        Assert.Equal(vargha, (await ActorAsync(writer, "Aldo Vargha")).GetProperty("id").GetString());
        Assert.Equal(2, (await writer.GetFromJsonAsync<JsonElement[]>("/api/positions?topic=harbour-access"))!.Length);
        var history = await writer.GetFromJsonAsync<JsonElement[]>("/api/actors/aldo-varga/curations");
        Assert.NotNull(Assert.Single(history!).GetProperty("undoneAt").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await writer.PostAsync($"/api/actors/curations/{curationId}/undo", null)).StatusCode);
    }

    [Fact]
    public async Task A_wrongly_merged_actor_is_split_and_role_and_affiliation_are_edited_with_a_record()
    {
        var (app, writer, vargha) = await TwoVargasAsync();
        using var _ = app;
        (await writer.PostAsJsonAsync($"/api/actors/{vargha}/merge", new { into = "aldo-varga" })).EnsureSuccessStatusCode();
        var statement = (await writer.GetFromJsonAsync<JsonElement[]>("/api/statements?actor=aldo-varga"))!
            .Single(s => s.GetProperty("text").GetString()!.Contains("must remain open")).GetProperty("id").GetString();

        var split = await writer.PostAsJsonAsync("/api/actors/aldo-varga/split",
            new { name = "Aldo Vargha", aliases = new[] { "Vargha" }, statements = new[] { statement } });
        Assert.Equal(HttpStatusCode.Created, split.StatusCode);
        var newId = (await split.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("actor").GetProperty("id").GetString()!;
        Assert.Equal(1, await StatementsOfAsync(writer, newId));
        Assert.Equal(newId, (await ActorAsync(writer, "Vargha")).GetProperty("id").GetString());

        var edited = await writer.PutAsJsonAsync("/api/actors/aldo-varga", new { role = "Deputy Prime Minister", affiliation = "Veltria" });
        Assert.Equal("Deputy Prime Minister", (await edited.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("role").GetString());
        var actions = (await writer.GetFromJsonAsync<JsonElement[]>("/api/actors/aldo-varga/curations"))!.Select(c => c.GetProperty("action").GetString());
        Assert.Equal(["edit", "split", "merge"], actions);

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().PutAsJsonAsync("/api/actors/aldo-varga", new { role = "x" })).StatusCode);
        var self = await writer.PostAsJsonAsync("/api/actors/aldo-varga/merge", new { into = "Varga" });
        Assert.Equal(HttpStatusCode.BadRequest, self.StatusCode);
        var unknown = await writer.PostAsJsonAsync("/api/actors/aldo-varga/merge", new { into = "Nobody Atall" });
        Assert.Contains("\"into\"", (await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }
}
