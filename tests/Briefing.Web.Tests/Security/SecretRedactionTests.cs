using System.Collections.Concurrent;
using System.Text;
using Briefing.Data.Sources;
using Briefing.Testing;
using Briefing.Web.Ingestion.Fetching;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Briefing.Web.Tests.Security;

/// <summary>Finding 5 (Medium): a feed URL's password or token was shown to anonymous readers on /sources and
/// written to the log. Credentials now live apart from the URL, and URLs are redacted wherever they are shown.</summary>
public sealed class SecretRedactionTests
{
    private const string Password = "s3cret-pass-9c1";
    private const string Token = "tok-51f0a";

    [Theory]
    [InlineData("https://desk:pw@news.example/feed.xml?token=abc#x", "https://news.example/feed.xml?…")]
    [InlineData("http://news.example:8080/a/b", "http://news.example:8080/a/b")]
    public void Redacted_urls_keep_no_user_info_query_or_fragment(string url, string shown) =>
        Assert.Equal(shown, Redaction.Url(url));

    [Fact]
    public void Credentials_in_a_feed_url_are_split_off_before_it_is_stored()
    {
        var (url, credentials) = FeedStore.SplitCredentials("https://desk:p%40ss@news.example/feed.xml");
        Assert.Equal("https://news.example/feed.xml", url);
        Assert.Equal("desk:p@ss", credentials);
    }

    [Fact]
    public void Feeds_stored_with_credentials_in_the_url_are_fixed_on_start()
    {
        var folder = Directory.CreateTempSubdirectory("briefing-feeds-");
        try
        {
            var database = new Briefing.Data.Schema.Database(Path.Combine(folder.FullName, "feeds.db"));
            database.Migrate();
            using (var connection = database.Open())
            {
                using var command = connection.CreateCommand();
                command.CommandText =
                    $"""
                    INSERT INTO feeds (url, interval_seconds) VALUES ('https://desk:{Password}@news.example/a.xml', 60),
                        ('https://desk:{Password}@news.example/b.xml', 60), ('https://news.example/b.xml', 60);
                    """;
                command.ExecuteNonQuery();
            }
            var feeds = new FeedStore(database, TimeProvider.System);

            Assert.Equal(2, feeds.MoveCredentialsOutOfUrls());

            Assert.Equal(["https://news.example/a.xml", "https://news.example/b.xml"], feeds.List().Select(f => f.Url).Order());
            Assert.Equal($"desk:{Password}", feeds.List().Single(f => f.Url.EndsWith("a.xml")).Credentials);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_feed_password_and_token_never_reach_the_sources_page_or_the_log_but_do_reach_the_feed()
    {
        var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"night-desk:{Password}"));
        var authorizations = new ConcurrentQueue<string>();
        await using var feedHost = await LoopbackServer.StartAsync((web, _) =>
        {
            web.MapGet("/feed.xml", (HttpContext http) =>
            {
                authorizations.Enqueue(http.Request.Headers.Authorization.ToString());
                return http.Request.Headers.Authorization == expected
                    ? Results.Text("<rss version=\"2.0\"><channel><title>Desk</title></channel></rss>", "application/rss+xml")
                    : Results.Unauthorized();
            });
            web.MapGet("/down.xml", () => Results.StatusCode(503));
        });
        var logs = new CapturedLogs();
        using var factory = new BriefingAppFactory()
            .With("Briefing:Fetch:AllowedHosts:0", feedHost.Authority)
            .With("Briefing:Feeds:0:Url", $"http://night-desk:{Password}@{feedHost.Authority}/feed.xml?token={Token}")
            .With("Briefing:Feeds:0:IntervalSeconds", "1")
            .With("Briefing:Feeds:1:Url", $"http://night-desk:{Password}@{feedHost.Authority}/down.xml?token={Token}")
            .With("Briefing:Feeds:1:IntervalSeconds", "1");
        using var app = factory.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs).SetMinimumLevel(LogLevel.Debug)));
        var feeds = app.Services.GetRequiredService<FeedStore>();

        await OutboundFetchTests.Eventually(() => feeds.List() is { Count: 2 } list
            && list.Any(f => f.LastSuccessAt is not null) && list.Any(f => f.LastError is not null), "one success and one failure");

        Assert.Contains(expected, authorizations);
        Assert.All(feeds.List(), f => Assert.DoesNotContain(Password, f.Url));
        var page = await app.CreateClient().GetStringAsync("/sources");
        Assert.Contains("/feed.xml", page);
        Assert.DoesNotContain(Password, page);
        Assert.DoesNotContain(Token, page);
        Assert.Contains("down.xml", logs.Text);   // the failure was logged...
        Assert.DoesNotContain(Password, logs.Text);   // ...without its secrets
        Assert.DoesNotContain(Token, logs.Text);
    }

    /// <summary>Every log line the app writes, formatted.</summary>
    private sealed class CapturedLogs : ILoggerProvider, ILogger
    {
        private readonly ConcurrentQueue<string> _lines = new();

        public string Text => string.Join('\n', _lines);
        public ILogger CreateLogger(string categoryName) => this;
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            _lines.Enqueue(formatter(state, exception) + (exception is null ? "" : " " + exception));

        public void Dispose() { }
    }
}
