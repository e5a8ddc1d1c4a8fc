using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Briefing.Testing;
using Briefing.Web.Alerts;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace Briefing.Web.Tests.Alerts;

/// <summary>Alerts over the real app and a real loopback webhook receiver, with a fictional minister's reversal.</summary>
public sealed class AlertsApiTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private const string Secret = "test-secret-0123456789";

    private static object Supports => new
    {
        title = "Veltria keeps Serin open",
        text = "Veltrian Foreign Minister Aldo Varga spoke in Serin on Tuesday. “The harbour of Serin will stay open to every ship,” Varga said.",
        source = "Test Wire", publishedAt = DateTimeOffset.UtcNow.AddDays(-2),
    };

    private static object Reversal => new
    {
        title = "Varga reverses on the harbour",
        text = "Veltrian Foreign Minister Aldo Varga changed course on Friday. “The harbour of Serin will be closed to foreign ships from Monday,” Varga said.",
        source = "Test Wire",
    };

    private static BriefingAppFactory App() => new BriefingAppFactory()
        .With("Briefing:Alerts:RetryDelayMilliseconds", "300")
        .With("Briefing:Alerts:CarriedCheckSeconds", "1");

    [Fact]
    public async Task A_webhook_gets_a_signed_alert_within_2s_of_the_shift_and_again_after_it_first_answered_500()
    {
        await using var receiver = await WebhookReceiver.StartAsync(500);
        using var app = App();
        var writer = app.WriterClient();
        (await writer.PostAsJsonAsync("/api/topics", FictionalTopics.HarbourAccess)).EnsureSuccessStatusCode();
        await app.IngestAsync(writer, Supports);
        var created = await writer.PostAsJsonAsync("/api/alerts/subscriptions", new
        {
            actor = "Aldo Varga", topic = "Harbour access", kind = "position-changed", webhookUrl = receiver.Url, secret = Secret,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var clock = Stopwatch.StartNew();
        (await writer.PostAsJsonAsync("/api/articles", Reversal)).EnsureSuccessStatusCode();
        var first = await receiver.WaitForAsync(1, TimeSpan.FromSeconds(10));
        var firstAfter = clock.Elapsed;
        var second = await receiver.WaitForAsync(2, TimeSpan.FromSeconds(15));

        output.WriteLine($"first delivery {firstAfter.TotalMilliseconds:0} ms after the POST; retry {(second.At - first.At).TotalMilliseconds:0} ms after the 500");
        Assert.True(firstAfter < TimeSpan.FromSeconds(2), $"the first delivery came {firstAfter.TotalMilliseconds:0} ms after the article");
        Assert.Equal(500, first.Answered);
        Assert.Equal(200, second.Answered);
        foreach (var delivery in new[] { first, second })
        {
            Assert.True(WebhookSignature.Verify(Secret, delivery.Body, delivery.Signature), "bad signature");
            Assert.False(WebhookSignature.Verify("another-secret-0123456", delivery.Body, delivery.Signature));
        }
        Assert.Equal(first.AlertId, second.AlertId);
        var alert = JsonDocument.Parse(second.Body).RootElement;
        Assert.Equal("position-changed", alert.GetProperty("kind").GetString());
        Assert.Equal("Aldo Varga shifted on Harbour access: supports → opposes", alert.GetProperty("title").GetString());

        // The delivery log has both attempts, the webhook shown by host only (its path holds a token).
        var log = await WaitForAsync(writer, "/api/alerts/deliveries", 2);
        Assert.Equal([500, 200], log.Reverse().Select(d => d.GetProperty("status").GetInt32()));
        Assert.Equal([1, 2], log.Reverse().Select(d => d.GetProperty("attempt").GetInt32()));
        Assert.DoesNotContain("secret-token-in-path", log.ToString());
        Assert.DoesNotContain("secret-token-in-path", await writer.GetStringAsync("/api/alerts/subscriptions"));
        Assert.DoesNotContain(Secret, await writer.GetStringAsync("/api/alerts/subscriptions"));
        // Only the shift raised an alert: the first article took a stance but did not change one.
        Assert.Single(await writer.GetFromJsonAsync<JsonElement[]>("/api/alerts") ?? []);
    }

    [Fact]
    public async Task An_external_hub_client_receives_AlertRaised()
    {
        using var app = App();
        var writer = app.WriterClient();
        (await writer.PostAsJsonAsync("/api/alerts/subscriptions", new { kind = "new-statement" })).EnsureSuccessStatusCode();
        await using var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(app.Server.BaseAddress, "/hubs/briefing"), options =>
            {
                options.Transports = HttpTransportType.LongPolling;
                options.HttpMessageHandlerFactory = _ => app.Server.CreateHandler();
            })
            .Build();
        var raised = System.Threading.Channels.Channel.CreateUnbounded<JsonElement>();
        hub.On<JsonElement>("AlertRaised", m => raised.Writer.TryWrite(m));
        await hub.StartAsync();

        (await writer.PostAsJsonAsync("/api/articles", FictionalArticles.Harbour())).EnsureSuccessStatusCode();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        var alert = await raised.Reader.ReadAsync(timeout.Token);
        Assert.Equal("new-statement", alert.GetProperty("kind").GetString());
        Assert.Equal("New statement: Aldo Varga", alert.GetProperty("title").GetString());
    }

    [Fact]
    public async Task New_statement_and_carried_subscriptions_raise_alerts_in_the_history()
    {
        using var app = App();
        var writer = app.WriterClient();
        // An actor is known once an article names them; subscriptions on an unknown actor are refused.
        Assert.Equal(HttpStatusCode.BadRequest, (await writer.PostAsJsonAsync("/api/alerts/subscriptions", new { actor = "Aldo Varga", kind = "carried" })).StatusCode);
        await app.IngestAsync(writer, new { title = "Varga in Serin", text = "Veltrian Foreign Minister Aldo Varga said the talks would go on.", source = "Test Wire" });
        foreach (var kind in new[] { "new-statement", "carried" })
            (await writer.PostAsJsonAsync("/api/alerts/subscriptions", new { actor = "Aldo Varga", kind })).EnsureSuccessStatusCode();
        const string wire =
            "Veltrian Foreign Minister Aldo Varga spoke in Serin on Tuesday after a long night of talks with the port authority " +
            "and the shipping unions, who had warned of delays for weeks. “The harbour of Serin will stay open to every ship,” " +
            "Varga said, adding that the customs checks introduced last month would be reviewed by the end of the season and " +
            "that the government would publish the results in full for traders, pilots and the families who live beside the docks.";
        await app.IngestAsync(writer, new { title = "Serin stays open", text = wire, source = "Test Wire", url = "https://wire.example/a" });
        (await writer.PostAsJsonAsync("/api/articles", new { title = "Serin open", text = wire.Replace("on Tuesday", "on Tuesday morning"), source = "Harbour Daily", url = "https://daily.example/a" })).EnsureSuccessStatusCode();

        var alerts = await WaitForAsync(writer, "/api/alerts", 1, a => a.GetProperty("kind").GetString() == "carried");
        Assert.Contains(alerts, a => a.GetProperty("title").GetString() == "Carried by 2 outlets: Aldo Varga");
        Assert.Contains(alerts, a => a.GetProperty("kind").GetString() == "new-statement" && a.GetProperty("detail").GetString()!.Contains("stay open"));
    }

    [Fact]
    public async Task Bad_subscriptions_are_problem_details_naming_the_field_and_writes_need_a_key()
    {
        using var app = App();
        var writer = app.WriterClient();
        foreach (var (body, field) in new (object, string)[]
        {
            (new { kind = "sometimes" }, "\"kind\""),
            (new { kind = "new-statement", actor = "Nobody Atall" }, "\"actor\""),
            (new { kind = "new-statement", topic = "No such topic" }, "\"topic\""),
            (new { kind = "carried", minOutlets = 1 }, "\"minOutlets\""),
            (new { kind = "position-changed", webhookUrl = "file:///etc/passwd" }, "\"webhookUrl\""),
            (new { kind = "position-changed", webhookUrl = "http://user:pw@127.0.0.1/x" }, "\"webhookUrl\""),
            (new { kind = "position-changed", webhookUrl = "http://127.0.0.1/x", secret = "short" }, "\"secret\""),
        })
        {
            var response = await writer.PostAsJsonAsync("/api/alerts/subscriptions", body);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains(field, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        }
        var anonymous = await app.CreateClient().PostAsJsonAsync("/api/alerts/subscriptions", new { kind = "new-statement" });
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);

        var made = await writer.PostAsJsonAsync("/api/alerts/subscriptions", new { kind = "position-changed", webhookUrl = "http://127.0.0.1:9/hook" });
        var secret = (await made.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("secret").GetString();
        Assert.StartsWith("whsec_", secret); // generated, shown once
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().DeleteAsync(made.Headers.Location)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await writer.DeleteAsync(made.Headers.Location)).StatusCode);
    }

    private static async Task<JsonElement[]> WaitForAsync(HttpClient client, string url, int count, Func<JsonElement, bool>? which = null)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (true)
        {
            var items = await client.GetFromJsonAsync<JsonElement[]>(url) ?? [];
            if (items.Count(which ?? (_ => true)) >= count) return items;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"{url}: {items.Length} items within 15 s");
            await Task.Delay(50);
        }
    }
}
