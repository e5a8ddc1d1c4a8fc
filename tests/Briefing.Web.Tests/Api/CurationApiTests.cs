using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Briefing.Testing;

namespace Briefing.Web.Tests.Api;

public sealed class CurationApiTests : IDisposable
{
    private readonly BriefingAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    private async Task<JsonElement> VargaQuoteAsync(HttpClient writer)
    {
        await _app.IngestAsync(writer, new
        {
            title = "Varga and Ostrander",
            text = "Veltrian Foreign Minister Aldo Varga met Trade Envoy Mira Ostrander on Monday. “The harbour of Serin stays open,” Varga said.",
        });
        var statements = await writer.GetFromJsonAsync<JsonElement[]>("/api/statements?q=harbour");
        return statements!.Single(s => s.GetProperty("direct").GetBoolean());
    }

    [Fact]
    public async Task An_analyst_can_give_a_statement_its_right_speaker_and_it_is_recorded()
    {
        var writer = _app.WriterClient();
        var quote = await VargaQuoteAsync(writer);
        var id = quote.GetProperty("id").GetString();

        var response = await writer.PutAsJsonAsync($"/api/statements/{id}/speaker", new { actor = "Mira Ostrander" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var corrected = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Mira Ostrander", corrected.GetProperty("speaker").GetProperty("name").GetString());
        Assert.Equal("curated", corrected.GetProperty("resolution").GetString());
        var ostrander = await writer.GetFromJsonAsync<JsonElement[]>("/api/statements?actor=Mira%20Ostrander");
        Assert.Contains(ostrander!, s => s.GetProperty("id").GetString() == id);
        var history = await writer.GetFromJsonAsync<JsonElement[]>($"/api/statements/{id}/curations");
        Assert.Equal("speaker", Assert.Single(history!).GetProperty("action").GetString());
    }

    [Fact]
    public async Task A_rejected_statement_disappears_from_every_list()
    {
        var writer = _app.WriterClient();
        var id = (await VargaQuoteAsync(writer)).GetProperty("id").GetString();

        Assert.Equal(HttpStatusCode.NoContent, (await writer.PostAsJsonAsync($"/api/statements/{id}/reject", new { note = "scare quote" })).StatusCode);

        var remaining = await writer.GetFromJsonAsync<JsonElement[]>("/api/statements");
        Assert.DoesNotContain(remaining!, s => s.GetProperty("id").GetString() == id);
        Assert.Equal(HttpStatusCode.NotFound, (await writer.PostAsJsonAsync($"/api/statements/{id}/reject", new { })).StatusCode);
    }

    [Fact]
    public async Task Corrections_need_a_key_and_unknown_targets_are_404()
    {
        var writer = _app.WriterClient();
        var id = (await VargaQuoteAsync(writer)).GetProperty("id").GetString();

        Assert.Equal(HttpStatusCode.Unauthorized, (await _app.CreateClient().PostAsJsonAsync($"/api/statements/{id}/reject", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await writer.PutAsJsonAsync($"/api/statements/{id}/speaker", new { actor = "Nobody Known" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await writer.PutAsJsonAsync("/api/statements/nope-1/speaker", new { actor = "Aldo Varga" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await writer.PutAsJsonAsync($"/api/statements/{id}/speaker", new { actor = "" })).StatusCode);
    }
}
