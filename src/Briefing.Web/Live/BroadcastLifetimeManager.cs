using System.Buffers;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;

namespace Briefing.Web.Live;

/// <summary>SignalR's in-process lifetime manager for the briefing hub, plus one send: several messages to every
/// connection as one write. Sent one by one (<c>Clients.All.SendAsync</c> per message), each message costs every
/// connection a pipe write and flush, a turn of its WebSocket send loop, a frame and a socket send — with ten
/// thousand clients that per-connection cost, not serialisation (done once per protocol either way), was most of the
/// server's CPU. Written together, a client receives the same messages in the same order, in one WebSocket frame:
/// SignalR's protocols frame each message themselves (JSON's record separator, MessagePack's length prefix), so any
/// client reads a frame of several messages as those messages. Used when the hub has no Redis backplane (one
/// node); several nodes keep the backplane's one send per message. Stateful reconnect must stay off for this hub
/// (it is: <c>MapHub</c> without <c>AllowStatefulReconnects</c>): its replay buffer takes each write for one message.</summary>
public sealed class BroadcastLifetimeManager(ILogger<DefaultHubLifetimeManager<BriefingHub>> logger)
    : DefaultHubLifetimeManager<BriefingHub>(logger)
{
    private readonly HubConnectionStore _connections = new();

    public override async Task OnConnectedAsync(HubConnectionContext connection)
    {
        await base.OnConnectedAsync(connection);
        _connections.Add(connection);
    }

    public override async Task OnDisconnectedAsync(HubConnectionContext connection)
    {
        _connections.Remove(connection);
        await base.OnDisconnectedAsync(connection);
    }

    /// <summary>Writes <paramref name="messages"/> to every connection in one write each, serialised once per
    /// protocol. Completes when every connection took them (most do at once; see <c>Clients.All.SendAsync</c>).</summary>
    public Task SendAllAsync(IReadOnlyList<HubMessage> messages)
    {
        if (messages.Count == 0) return Task.CompletedTask;
        var frames = new Frames(messages);
        List<Task>? slow = null;
        foreach (var connection in _connections)
        {
            var write = connection.WriteAsync(frames.For(connection.Protocol));
            if (write.IsCompletedSuccessfully) write.GetAwaiter().GetResult(); // lets a pooled ValueTask source reset
            else (slow ??= []).Add(write.AsTask());
        }
        return slow is null ? Task.CompletedTask : Task.WhenAll(slow);
    }

    /// <summary>The messages serialised back to back, once for each protocol the connections use (nearly always one).</summary>
    private sealed class Frames(IReadOnlyList<HubMessage> messages)
    {
        private IHubProtocol? _lastProtocol;
        private SerializedHubMessage? _last;
        private readonly Dictionary<string, SerializedHubMessage> _byName = [];

        public SerializedHubMessage For(IHubProtocol protocol)
        {
            if (ReferenceEquals(protocol, _lastProtocol)) return _last!;
            if (!_byName.TryGetValue(protocol.Name, out var frame))
            {
                var bytes = new ArrayBufferWriter<byte>();
                foreach (var message in messages) protocol.WriteMessage(message, bytes);
                frame = new SerializedHubMessage([new SerializedMessage(protocol.Name, bytes.WrittenMemory)]);
                _byName[protocol.Name] = frame;
            }
            (_lastProtocol, _last) = (protocol, frame);
            return frame;
        }
    }
}
