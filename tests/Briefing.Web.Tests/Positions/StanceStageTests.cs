using System.Net.Http.Json;
using System.Text.Json;
using Briefing.Data.Vectors;
using Briefing.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Web.Tests.Positions;

/// <summary>The stance stage over the real app and the real MiniLM model: an article commits with the cue analysis,
/// then the learned pass (topic with labelled examples) gives its position, with vectors stored.</summary>
public sealed class StanceStageTests
{
    private static object Example(string text, string stance) => new { text, stance };

    [Fact]
    public async Task Positions_follow_from_the_learned_stage_after_the_article_commits()
    {
        using var app = new BriefingAppFactory();
        var writer = app.WriterClient();
        (await writer.PostAsJsonAsync("/api/topics", new
        {
            name = "Harbour access",
            description = "Proposition: the harbour of Serin stays open to shipping.",
            keywords = new[] { "harbour" },
            examples = new[]
            {
                Example("The harbour of Serin must stay open to every ship.", "supports"),
                Example("Keeping the harbour open is vital for Serin's fishermen and traders.", "supports"),
                Example("We will keep the harbour of Serin open, whatever the pressure.", "supports"),
                Example("An open harbour brings trade, jobs and food to the coast.", "supports"),
                Example("The harbour must be closed to all foreign vessels at once.", "opposes"),
                Example("Shutting the harbour of Serin is the only way to stop the smuggling.", "opposes"),
                Example("Close the harbour and seal the coast until the inquiry ends.", "opposes"),
                Example("Serin's harbour should be shut down for good.", "opposes"),
            },
        })).EnsureSuccessStatusCode();

        await app.IngestAsync(writer, new
        {
            title = "Varga on Serin",
            text = "Veltrian Foreign Minister Aldo Varga visited Serin on Monday. “Ships from every nation will keep finding a welcome in Serin's harbour,” Varga said.",
        });

        JsonElement position = default;
        var deadline = DateTime.UtcNow.AddSeconds(60); // the model loads on first use: seconds on a busy machine
        while (DateTime.UtcNow < deadline)
        {
            var list = await writer.GetFromJsonAsync<JsonElement[]>("/api/positions?topic=Harbour%20access");
            position = list!.FirstOrDefault();
            if (position.ValueKind == JsonValueKind.Object &&
                position.GetProperty("evidence")[0].GetProperty("cues").EnumerateArray().Any(c => c.GetString()!.StartsWith("nearest labelled")))
                break;
            await Task.Delay(200);
        }

        Assert.Equal("supports", position.GetProperty("stance").GetString());
        Assert.Contains(position.GetProperty("evidence")[0].GetProperty("cues").EnumerateArray(),
            c => c.GetString()!.StartsWith("nearest labelled examples: “"));
        Assert.True(app.Services.GetRequiredService<VectorStore>().Count() >= 9, "statement and example vectors are stored");
    }
}
