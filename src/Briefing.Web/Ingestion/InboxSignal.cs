using System.Threading.Channels;

namespace Briefing.Web.Ingestion;

/// <summary>Wakes the pipeline when something was accepted. The inbox table is the queue; this is only a doorbell,
/// bounded to one pending ring, so it never grows however fast submissions arrive.</summary>
public sealed class InboxSignal
{
    private readonly Channel<bool> _bell = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    /// <summary>Something was accepted on this node.</summary>
    public void Ring()
    {
        _bell.Writer.TryWrite(true);
        Rung?.Invoke();
    }

    /// <summary>Something was accepted on another node (several nodes share one PostgreSQL inbox).</summary>
    public void RingFromOtherNode() => _bell.Writer.TryWrite(true);

    /// <summary>Raised by <see cref="Ring"/>, so the other nodes can be woken too (see Live/NodeRelay).</summary>
    public event Action? Rung;

    /// <summary>Waits for a ring or the timeout (a safety net: the table is polled at least this often).</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(timeout);
        try
        {
            await _bell.Reader.ReadAsync(timer.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
        }
    }
}
