using System.Text.Json;
using StackExchange.Redis;

namespace Briefing.Web.Live;

/// <summary>Carries this node's live events to the other nodes and theirs to this one, over Redis pub/sub, so a
/// Blazor circuit on any node sees what any node committed. The events arrive in the local
/// <see cref="LiveNotifier"/> marked <see cref="LiveEvent.FromOtherNode"/>: they are not sent on again, and the hub
/// relay leaves them alone (its messages already reach every node's clients through the SignalR backplane).</summary>
public sealed class NodeRelay(IConnectionMultiplexer redis, LiveNotifier notifier, ILogger<NodeRelay> logger) : IHostedService
{
    private static readonly RedisChannel Channel = RedisChannel.Literal("briefing:live");
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly string _node = Guid.NewGuid().ToString("N");
    private IDisposable? _subscription;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var queue = await redis.GetSubscriber().SubscribeAsync(Channel);
        // Sequential: events from one node are handed on in the order that node committed them.
        queue.OnMessage(message => ReceiveAsync(message.Message));
        _subscription = notifier.Subscribe(SendAsync);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _subscription?.Dispose();
        await redis.GetSubscriber().UnsubscribeAsync(Channel);
    }

    private async Task SendAsync(LiveEvent liveEvent)
    {
        if (liveEvent.FromOtherNode) return;
        var envelope = new Envelope(_node, liveEvent.GetType().Name, JsonSerializer.SerializeToElement(liveEvent, liveEvent.GetType(), Json));
        await redis.GetSubscriber().PublishAsync(Channel, JsonSerializer.Serialize(envelope, Json));
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
