using System.Text.Json;
using Briefing.Web.Ingestion;
using StackExchange.Redis;

namespace Briefing.Web.Live;

/// <summary>Carries this node's live events to the other nodes and theirs to this one, over Redis pub/sub, so a
/// Blazor circuit on any node sees what any node committed. The events arrive in the local
/// <see cref="LiveNotifier"/> marked <see cref="LiveEvent.FromOtherNode"/>: they are not sent on again, and the hub
/// relay leaves them alone (its messages already reach every node's clients through the SignalR backplane).
/// It also rings the other nodes' inbox doorbells when this node accepted something, so they start on it at once
/// rather than at their next poll.</summary>
public sealed class NodeRelay(IConnectionMultiplexer redis, LiveNotifier notifier, InboxSignal inbox, ILogger<NodeRelay> logger)
    : BackgroundService
{
    private static readonly TimeSpan RetrySubscribe = TimeSpan.FromSeconds(5);

    private static readonly RedisChannel Channel = RedisChannel.Literal("briefing:live");
    private static readonly RedisChannel Doorbell = RedisChannel.Literal("briefing:inbox");
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly string _node = Guid.NewGuid().ToString("N");
    private IDisposable? _subscription;
    private long _lastRing = long.MinValue / 2;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        inbox.Rung += RingOthers;
        // Room for bursts (the default 64 overflowed at 1,000 articles/s); should it still fall behind, the refresh it
        // gets is relayed too, so the other nodes' screens reload instead of missing what was dropped.
        _subscription = notifier.Subscribe(SendAsync, capacity: 4096, name: "The node relay");
        // The node starts and serves its own screens while Redis is away; it joins the others once Redis answers
        // (the client then restores the subscriptions by itself after any later outage).
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var queue = await redis.GetSubscriber().SubscribeAsync(Channel);
                // Sequential: events from one node are handed on in the order that node committed them.
                queue.OnMessage(message => ReceiveAsync(message.Message));
                await redis.GetSubscriber().SubscribeAsync(Doorbell, (_, node) =>
                {
                    if (node != _node) inbox.RingFromOtherNode();
                });
                return;
            }
            catch (RedisException exception)
            {
                logger.LogWarning(exception, "Redis is unreachable: live events from other nodes will follow once it answers");
                await Task.Delay(RetrySubscribe, stoppingToken);
            }
        }
    }

    // At most one ring per 100 ms leaves this node, however fast it accepts: a ring only says "look at the inbox".
    private void RingOthers()
    {
        var now = Environment.TickCount64;
        var last = Interlocked.Read(ref _lastRing);
        if (now - last < 100 || Interlocked.CompareExchange(ref _lastRing, now, last) != last) return;
        redis.GetSubscriber().Publish(Doorbell, _node, CommandFlags.FireAndForget);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _subscription?.Dispose();
        inbox.Rung -= RingOthers;
        await base.StopAsync(cancellationToken);
    }

    // Fire and forget: the pipeline never waits on Redis (an outage must not slow ingestion); delivery to the other
    // nodes is at most once either way, and a screen that missed something reloads it from the store on reconnect.
    private Task SendAsync(LiveEvent liveEvent)
    {
        if (liveEvent.FromOtherNode) return Task.CompletedTask;
        var envelope = new Envelope(_node, liveEvent.GetType().Name, JsonSerializer.SerializeToElement(liveEvent, liveEvent.GetType(), Json));
        redis.GetSubscriber().Publish(Channel, JsonSerializer.Serialize(envelope, Json), CommandFlags.FireAndForget);
        return Task.CompletedTask;
    }

    private async Task ReceiveAsync(RedisValue message)
    {
        try
        {
            var envelope = JsonSerializer.Deserialize<Envelope>(message.ToString(), Json);
            if (envelope is null || envelope.Node == _node) return;
            LiveEvent? liveEvent = envelope.Type switch
            {
                nameof(ArticleIngested) => envelope.Event.Deserialize<ArticleIngested>(Json),
                nameof(PositionChanged) => envelope.Event.Deserialize<PositionChanged>(Json),
                nameof(StatementCurated) => envelope.Event.Deserialize<StatementCurated>(Json),
                nameof(PositionsRebuilt) => new PositionsRebuilt(),
                nameof(LiveRefresh) => LiveRefresh.Instance,
                _ => null,
            };
            if (liveEvent is not null) await notifier.PublishAsync(liveEvent with { FromOtherNode = true });
        }
        catch (Exception exception) when (exception is JsonException or NotSupportedException)
        {
            logger.LogWarning(exception, "Dropped a live event from another node that could not be read");
        }
    }

    private sealed record Envelope(string Node, string Type, JsonElement Event);
}
