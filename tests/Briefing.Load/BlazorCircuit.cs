using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Load;

/// <summary>One open dashboard without a browser: a real Blazor Server circuit started the way blazor.web.js
/// starts it. It fetches the prerendered page, connects to <c>/_blazor</c> with the "blazorpack" protocol, calls
/// <c>StartCircuit</c> and then <c>UpdateRootComponents</c> with the page's component markers, acknowledges every
/// render batch (<c>OnRenderCompleted</c>) and answers JS interop calls with "done". Each render batch's bytes go
/// to <see cref="OnBatch"/>: the text a batch adds to the page is in it as UTF-8.</summary>
public sealed partial class BlazorCircuit : IAsyncDisposable
{
    private readonly HubConnection _hub;
    private readonly TaskCompletionSource _firstBatch = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _batches;

    private BlazorCircuit(HubConnection hub) => _hub = hub;

    /// <summary>Called with every render batch's bytes, on the connection's receive loop.</summary>
    public Action<ReadOnlyMemory<byte>>? OnBatch { get; set; }

    public long Batches => Interlocked.Read(ref _batches);

    /// <summary>Set when the server reported a circuit error or closed the connection with one.</summary>
    public string? Error { get; private set; }

    public static async Task<BlazorCircuit> OpenAsync(HttpClient http, Uri pageUri, CancellationToken cancellation)
    {
        var html = await http.GetStringAsync(pageUri, cancellation);
        var markers = Markers().Matches(html).Select(m => m.Groups[1].Value)
            .Where(json => json.Contains("\"type\":\"server\"", StringComparison.Ordinal)).ToList();
        if (markers.Count == 0) throw new InvalidOperationException($"{pageUri} has no interactive server components");
        var state = State().Match(html) is { Success: true } found ? found.Groups[1].Value : "";

        var builder = new HubConnectionBuilder().WithUrl(new Uri(pageUri, "/_blazor"), options =>
        {
            options.Transports = HttpTransportType.WebSockets;
            options.SkipNegotiation = true; // WebSockets only: one request less per circuit, as the browser does when it can
        });
        builder.Services.AddSingleton<IHubProtocol, BlazorPack>();
        var hub = builder.Build();
        hub.ServerTimeout = TimeSpan.FromMinutes(2); // a loaded server may pause its pings; the run decides what is lost
        var circuit = new BlazorCircuit(hub);
        circuit.Listen();
        await hub.StartAsync(cancellation);

        var secret = await hub.InvokeAsync<string?>("StartCircuit", new Uri(pageUri, "/").ToString(), pageUri.ToString(), "[]", "", cancellation);
        if (string.IsNullOrEmpty(secret)) throw new InvalidOperationException($"StartCircuit refused: {circuit.Error}");
        var operations = markers.Select((json, i) => new { type = "add", ssrComponentId = i + 1, marker = JsonDocument.Parse(json).RootElement });
        await hub.SendAsync("UpdateRootComponents", JsonSerializer.Serialize(new { batchId = 1, operations }), state, cancellation);
        await circuit._firstBatch.Task.WaitAsync(TimeSpan.FromSeconds(120), cancellation);
        if (circuit.Error is not null) throw new InvalidOperationException(circuit.Error);
        return circuit;
    }

    private void Listen()
    {
        _hub.On<long, byte[]>("JS.RenderBatch", async (batchId, bytes) =>
        {
            Interlocked.Increment(ref _batches);
            OnBatch?.Invoke(bytes);
            _firstBatch.TrySetResult();
            await _hub.SendAsync("OnRenderCompleted", batchId, null);
        });
        // .NET 10: (asyncHandle, identifier, argsJson, resultType, targetInstanceId, callType). A handle of 0 expects no answer.
        _hub.On("JS.BeginInvokeJS", [typeof(long), typeof(string), typeof(string), typeof(int), typeof(long), typeof(int)], async args =>
        {
            var handle = (long)args[0]!;
            if (handle == 0) return;
            // A caller that reads a number (MudBlazor counts its popover providers) gets 1; everything else gets null.
            var result = ((string)args[1]!).Contains("count", StringComparison.OrdinalIgnoreCase) ? "1" : "null";
            await _hub.SendAsync("EndInvokeJSFromDotNet", handle, true, $"[{handle},true,{result}]");
        });
        _hub.On("JS.EndUpdateRootComponents", [typeof(long)], _ => Task.CompletedTask);
        _hub.On<string>("JS.Error", message =>
        {
            Error ??= "JS.Error: " + message;
            _firstBatch.TrySetResult();
        });
        _hub.Closed += exception =>
        {
            Error ??= "closed" + (exception is null ? "" : ": " + exception.Message);
            _firstBatch.TrySetResult();
            return Task.CompletedTask;
        };
    }

    public ValueTask DisposeAsync() => _hub.DisposeAsync();

    [GeneratedRegex(@"<!--Blazor:(\{.*?\})-->", RegexOptions.Singleline)]
    private static partial Regex Markers();

    [GeneratedRegex(@"<!--Blazor-Server-Component-State:(.*?)-->", RegexOptions.Singleline)]
    private static partial Regex State();

    /// <summary>Blazor's hub accepts only "blazorpack": SignalR's MessagePack protocol under Blazor's name.</summary>
    private sealed class BlazorPack : IHubProtocol
    {
        private readonly MessagePackHubProtocol _messagePack = new();

        public string Name => "blazorpack";
        public int Version => _messagePack.Version;
        public TransferFormat TransferFormat => TransferFormat.Binary;
        public bool IsVersionSupported(int version) => _messagePack.IsVersionSupported(version);

        public bool TryParseMessage(ref ReadOnlySequence<byte> input, IInvocationBinder binder, [NotNullWhen(true)] out HubMessage? message) =>
            _messagePack.TryParseMessage(ref input, binder, out message);

        public void WriteMessage(HubMessage message, IBufferWriter<byte> output) => _messagePack.WriteMessage(message, output);

        public ReadOnlyMemory<byte> GetMessageBytes(HubMessage message) => _messagePack.GetMessageBytes(message);
    }
}
