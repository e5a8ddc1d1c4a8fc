using System.Net.Http.Json;
using System.Text.Json;

using Briefing.Testing;

namespace Briefing.Web.Tests.Ingestion;

public sealed class SeedingTests
{
    [Fact]
    public async Task The_first_start_ingests_the_seed_article_and_a_restart_does_not_ingest_it_again()
    {
        var folder = Directory.CreateTempSubdirectory("briefing-seed-").FullName;
        try
        {
            using (var first = new BriefingAppFactory(folder, withSeeds: true))
            {
                var client = first.CreateClient();
                var articles = await WaitForArticlesAsync(client, 1);
                Assert.StartsWith("Hegseth responds to criticism", articles[0].GetProperty("title").GetString());
            }
            using (var second = new BriefingAppFactory(folder, withSeeds: true))
            {
                var client = second.CreateClient();
                await Task.Delay(500);
                var articles = await client.GetFromJsonAsync<JsonElement[]>("/api/articles");
                Assert.Single(articles!);
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<JsonElement[]> WaitForArticlesAsync(HttpClient client, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var articles = await client.GetFromJsonAsync<JsonElement[]>("/api/articles");
            if (articles!.Length >= count || DateTime.UtcNow > deadline) return articles;
            await Task.Delay(50);
        }
    }
}
