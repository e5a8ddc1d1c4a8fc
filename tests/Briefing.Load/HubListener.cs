using System.Net.WebSockets;
using System.Text;

namespace Briefing.Load;

/// <summary>One plain hub client of <c>/hubs/briefing</c>, speaking SignalR's JSON protocol over a WebSocket itself
/// instead of through <c>HubConnection</c>: ten thousand of them share the load client's cores with the server, and
/// the full client parsed every message into objects only to read one title. This one does what the protocol asks
/// of a client (the handshake, a ping at least every <see cref="PingInterval"/>, closing on the server's Close) and
/// looks at each message's bytes for the run's marker, only in "ArticleIngested" messages.</summary>
public sealed class HubListener : IAsyncDisposable
{
    /// <summary>The server drops a client it has not heard from for 30 s (its ClientTimeoutInterval).</summary>
    public static readonly TimeSpan PingInterval = TimeSpan.FromSeconds(10);

    private const byte Separator = 0x1e;
    private static readonly byte[] Handshake = Encoding.UTF8.GetBytes("{\"protocol\":\"json\",\"version\":1}\u001e");
    private static readonly byte[] Ping = Encoding.UTF8.GetBytes("{\"type\":6}\u001e");
    private static readonly byte[] ArticleIngested = "\"ArticleIngested\""u8.ToArray();
    private static readonly byte[] CloseType = "{\"type\":7"u8.ToArray();

    private readonly ClientWebSocket _socket = new();
    private readonly CancellationTokenSource _stop = new();
    private byte[] _buffer = new byte[2048];
    private int _filled;
    private Task _receiving = Task.CompletedTask;
    private int _pinging;

    /// <summary>Called with the bytes of every ArticleIngested message, on this client's receive loop.</summary>
    public Action<ReadOnlySpan<byte>>? OnArticleIngested { get; set; }

    /// <summary>Set when the server closed the connection or the socket failed.</summary>
    public string? Error { get; private set; }

    public static async Task<HubListener> OpenAsync(Uri hubUri, CancellationToken cancellation)
    {
        var listener = new HubListener();
        var ws = new UriBuilder(hubUri) { Scheme = hubUri.Scheme == "https" ? "wss" : "ws" }.Uri;
        await listener._socket.ConnectAsync(ws, cancellation);
        await listener._socket.SendAsync(Handshake, WebSocketMessageType.Text, true, cancellation);
        // The handshake answer is "{}" (or an error) followed by the separator.
        var answer = await listener.ReadMessageAsync(cancellation);
        if (answer != "{}") throw new InvalidOperationException($"hub handshake refused: {answer}");
        listener._receiving = listener.ReceiveAsync();
        return listener;
    }

    /// <summary>Keeps the connection alive; the load client calls it for every listener from one timer.</summary>
    public async Task PingAsync()
    {
        // One send at a time on a WebSocket: a ping still under way (a very slow server) is not doubled.
        if (_socket.State != WebSocketState.Open || Interlocked.Exchange(ref _pinging, 1) == 1) return;
        try
        {
            await _socket.SendAsync(Ping, WebSocketMessageType.Text, true, _stop.Token);
        }
        catch (Exception) when (_stop.IsCancellationRequested || _socket.State != WebSocketState.Open) { } // closing: the receive loop says why
        finally
        {
            Volatile.Write(ref _pinging, 0);
        }
    }

    private async Task<string> ReadMessageAsync(CancellationToken cancellation)
    {
        while (true)
        {
            var end = Array.IndexOf(_buffer, Separator, 0, _filled);
            if (end >= 0)
            {
                var message = Encoding.UTF8.GetString(_buffer, 0, end);
                Consume(end + 1);
                return message;
            }
            await FillAsync(cancellation);
        }
    }

    private async Task ReceiveAsync()
    {
        try
        {
            while (true)
            {
                Dispatch();
                await FillAsync(_stop.Token);
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested) { }
        catch (Exception exception)
        {
            Error ??= exception.GetType().Name + ": " + exception.Message;
        }
    }

    /// <summary>Hands on every complete message in the buffer and keeps the unfinished rest.</summary>
    private void Dispatch()
    {
        var consumed = 0;
        while (true)
        {
            var rest = _buffer.AsSpan(consumed, _filled - consumed);
            var end = rest.IndexOf(Separator);
            if (end < 0) break;
            var message = rest[..end];
            if (message.IndexOf(ArticleIngested) >= 0) OnArticleIngested?.Invoke(message);
            else if (message.StartsWith(CloseType)) Error ??= "closed by the server: " + Encoding.UTF8.GetString(message);
            consumed += end + 1;
        }
        Consume(consumed);
    }

    private async Task FillAsync(CancellationToken cancellation)
    {
        if (_filled == _buffer.Length) Array.Resize(ref _buffer, _buffer.Length * 2);
        var received = await _socket.ReceiveAsync(_buffer.AsMemory(_filled), cancellation);
        if (received.MessageType == WebSocketMessageType.Close)
            throw new WebSocketException($"closed: {_socket.CloseStatus} {_socket.CloseStatusDescription}");
        _filled += received.Count;
    }

    private void Consume(int count)
    {
        if (count == 0) return;
        _filled -= count;
        if (_filled > 0) Buffer.BlockCopy(_buffer, count, _buffer, 0, _filled);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            if (_socket.State == WebSocketState.Open)
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
            await _receiving.WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception) { } // closing on the way out: nothing left to measure
        _socket.Dispose();
        _stop.Dispose();
    }
}
