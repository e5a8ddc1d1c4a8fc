using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Briefing.Testing;

/// <summary>The whole app over a real SQLite file in a temp folder. Seeds are off unless asked for.</summary>
public sealed class BriefingAppFactory : WebApplicationFactory<Program>
{
    public const string ApiKey = AppProcess.ApiKey;

    private readonly DirectoryInfo _folder;
    private readonly bool _ownsFolder;
    private readonly Dictionary<string, string?> _settings = new();

    public BriefingAppFactory(string? folder = null, bool withSeeds = false)
    {
        _ownsFolder = folder is null;
        _folder = folder is null ? Directory.CreateTempSubdirectory("briefing-web-") : new DirectoryInfo(folder);
        DatabasePath = Path.Combine(_folder.FullName, "briefing.db");
        var seeds = withSeeds ? RepoPaths.Seeds : Directory.CreateDirectory(Path.Combine(_folder.FullName, "no-seeds")).FullName;
        _settings["Briefing:DatabasePath"] = DatabasePath;
        _settings["Briefing:ApiKeys:0"] = ApiKey;
        _settings["Briefing:SeedsPath"] = seeds;
        _settings["Briefing:WatchlistPath"] = Path.Combine(RepoPaths.Seeds, "watchlist.json");
    }

    public string Folder => _folder.FullName;
    public string DatabasePath { get; }

    public BriefingAppFactory With(string key, string value)
    {
        _settings[key] = value;
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.ConfigureServices(services =>
            services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2)));
    }

    /// <summary>Runs the app on real Kestrel on a free loopback port (for browsers); returns its base URL.</summary>
    public Uri StartOnLoopback()
    {
        UseKestrel(0);
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address.Replace("[::]", "127.0.0.1").Replace("localhost", "127.0.0.1"));
    }

    public HttpClient WriterClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        return client;
    }

    /// <summary>Posts an article and waits until the pipeline has committed it; returns its id.</summary>
    public async Task<string> IngestAsync(HttpClient writer, object article)
    {
        var response = await writer.PostAsJsonAsync("/api/articles", article);
        response.EnsureSuccessStatusCode();
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        await WaitForArticleAsync(writer, id);
        return id;
    }

    public static async Task WaitForArticleAsync(HttpClient client, string id)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while ((await client.GetAsync($"/api/articles/{id}")).StatusCode != System.Net.HttpStatusCode.OK)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Article {id} was not processed within 15 s");
            await Task.Delay(50);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsFolder)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { _folder.Delete(recursive: true); } catch (IOException) { }
        }
    }
}

/// <summary>Fictional articles for tests: no real person's words.</summary>
public static class FictionalArticles
{
    public static object Harbour(string marker = "") => new
    {
        title = $"Veltria keeps the harbour open {marker}".Trim(),
        text = $"Veltrian Foreign Minister Aldo Varga said on Tuesday that the port talks would continue. " +
               $"“We will not close the harbour of Serin {marker},” Varga said.",
        source = "Test Wire",
    };
}
