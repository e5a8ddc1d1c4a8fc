using System.Net;
using System.Security;
using Briefing.Data.Sources;
using Briefing.Testing;
using Briefing.Web.Ingestion.Feeds;
using Briefing.Web.Ingestion.Fetching;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Briefing.Web.Tests.Security;

/// <summary>Finding 1 (High, SSRF): the server never fetches an internal address for a feed — not for the feed URL,
/// not for an item link, not after a redirect — unless Briefing:Fetch:AllowedHosts names that host:port.</summary>
public sealed class OutboundFetchTests
{
    private const string Secret = "INTERNAL-TOKEN-7f3a";

    [Theory]
    [InlineData("127.0.0.1", "loopback")]
    [InlineData("127.8.9.10", "loopback")]
    [InlineData("10.1.2.3", "private")]
    [InlineData("172.20.0.5", "private")]
    [InlineData("192.168.1.1", "private")]
    [InlineData("100.100.0.1", "private (shared address space)")]
    [InlineData("169.254.169.254", "link-local / cloud metadata")]
    [InlineData("0.0.0.0", "unspecified")]
    [InlineData("224.0.0.251", "multicast")]
    [InlineData("::1", "loopback")]
    [InlineData("::", "unspecified")]
    [InlineData("fd00:ec2::254", "unique-local")]
    [InlineData("fe80::1", "link-local")]
    [InlineData("ff02::1", "multicast")]
    [InlineData("::ffff:127.0.0.1", "loopback")]
    [InlineData("64:ff9b::a9fe:a9fe", "link-local / cloud metadata")]
    [InlineData("2002:7f00:1::", "loopback")]
    public void Internal_addresses_are_refused_with_the_reason(string address, string why) =>
        Assert.Equal(why, BlockedAddresses.Why(IPAddress.Parse(address)));

    [Theory]
    [InlineData("93.184.215.14")]
    [InlineData("1.1.1.1")]
    [InlineData("2606:4700:4700::1111")]
    public void Public_addresses_are_allowed(string address) => Assert.Null(BlockedAddresses.Why(IPAddress.Parse(address)));

    [Theory]
    [InlineData("http://0x7f000001/feed")]         // hex spelling of 127.0.0.1
    [InlineData("http://2130706433/feed")]         // decimal spelling
    [InlineData("http://[::1]/feed")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://10.0.0.8/feed")]
    [InlineData("https://news.example:8443/feed")] // port not allowed
    [InlineData("ftp://news.example/feed")]
    [InlineData("file:///etc/passwd")]
    public void Urls_that_name_an_internal_address_port_or_scheme_are_refused_before_any_lookup(string url) =>
        Assert.NotNull(Policy().Check(new Uri(url)));

    [Fact]
    public void Allowed_hosts_open_exactly_the_listed_host_and_port()
    {
        var policy = Policy("127.0.0.1:8080", "intranet.example");
        Assert.Null(policy.Check(new Uri("http://127.0.0.1:8080/feed")));
        Assert.NotNull(policy.Check(new Uri("http://127.0.0.1:8081/feed")));
        Assert.Null(policy.Check(new Uri("https://intranet.example/feed")));
        Assert.NotNull(policy.Check(new Uri("http://intranet.example:8080/feed")));
        Assert.Null(Policy().Check(new Uri("https://news.example/feed")));
    }

    [Fact]
    public async Task The_feeds_client_refuses_a_name_that_resolves_to_loopback_and_the_server_sees_nothing()
    {
        await using var @internal = await LoopbackServer.InternalAsync(Secret);
        // Its port is an allowed port, so only the address check on connect stands in the way.
        using var app = new BriefingAppFactory().With("Briefing:Fetch:Ports:0", @internal.BaseUrl.Port.ToString());
        var client = app.Services.GetRequiredService<IHttpClientFactory>().CreateClient(FeedFetcher.ClientName);

        // "localhost" passes the literal check; the address check on connect stops it.
        var refused = await Assert.ThrowsAnyAsync<HttpRequestException>(() =>
            client.GetStringAsync($"http://localhost:{@internal.BaseUrl.Port}/secret"));
        Assert.Contains("loopback", FetchRefusedException.Find(refused)?.Message);
        Assert.Empty(@internal.Requests);
    }

    [Fact]
    public async Task Item_links_to_internal_pages_are_not_fetched_directly_or_through_a_redirect()
    {
        await using var @internal = await LoopbackServer.InternalAsync(Secret);
        await using var feedHost = await LoopbackServer.StartAsync((web, self) =>
        {
            web.MapGet("/feed.xml", () => Results.Text(SummaryFeed(
                ("direct", $"http://127.0.0.1:{@internal.BaseUrl.Port}/secret"),
                ("by-name", $"http://localhost:{@internal.BaseUrl.Port}/secret"),
                ("redirected", self.Url("/go?to=internal")),
                ("app-api", "http://127.0.0.1:80/api/articles")), "application/rss+xml"));
            web.MapGet("/go", () => Results.Redirect($"http://127.0.0.1:{@internal.BaseUrl.Port}/secret"));
        });
        // Only the feed's own host:port is allowed — as an operator would list it.
        using var app = new BriefingAppFactory()
            .With("Briefing:Fetch:AllowedHosts:0", feedHost.Authority)
            .With("Briefing:Feeds:0:Url", feedHost.Url("/feed.xml"))
            .With("Briefing:Feeds:0:IntervalSeconds", "1");
        var feeds = app.Services.GetRequiredService<FeedStore>();

        await Eventually(() => feeds.List().SingleOrDefault()?.ItemsSeen == 4, "the four items taken from the feed");

        Assert.Contains("/go?to=internal", feedHost.Requests);   // the redirect was asked for...
        Assert.Empty(@internal.Requests);                         // ...but never followed to the internal server
        var texts = await ArticleTexts(app);
        Assert.Equal(4, texts.Count);
        Assert.All(texts, text => Assert.DoesNotContain(Secret, text));
        Assert.All(texts, text => Assert.Contains("Teaser only", text));   // each item kept its summary
    }

    [Fact]
    public async Task A_redirect_between_allowed_hosts_is_still_followed()
    {
        await using var pages = await LoopbackServer.StartAsync((web, _) =>
            web.MapGet("/page", () => Results.Text("<html><body><p>Moved here.</p></body></html>", "text/html")));
        await using var hop = await LoopbackServer.StartAsync((web, _) => web.MapGet("/old", () => Results.Redirect(pages.Url("/page"))));
        using var app = new BriefingAppFactory()
            .With("Briefing:Fetch:AllowedHosts:0", hop.Authority)
            .With("Briefing:Fetch:AllowedHosts:1", pages.Authority);
        var client = app.Services.GetRequiredService<IHttpClientFactory>().CreateClient(FeedFetcher.ClientName);

        Assert.Contains("Moved here.", await client.GetStringAsync(hop.Url("/old")));
    }

    private static string SummaryFeed(params (string Guid, string Link)[] items) =>
        $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>Teasers</title>
        {string.Concat(items.Select(i => $"<item><title>Item {i.Guid}</title><link>{SecurityElement.Escape(i.Link)}</link><guid>{i.Guid}</guid><description>Teaser only for {i.Guid}.</description></item>"))}
        </channel></rss>
        """;

    private static async Task<List<string>> ArticleTexts(BriefingAppFactory app)
    {
        var texts = new List<string>();
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={app.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT text FROM inbox";
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) texts.Add(reader.GetString(0));
        return texts;
    }

    internal static OutboundFetchPolicy Policy(params string[] allowed) =>
        new(Options.Create(new FetchOptions { AllowedHosts = [.. allowed] }));

    internal static async Task Eventually(Func<bool> condition, string what, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Timed out waiting for: {what}");
            await Task.Delay(100);
        }
    }
}
