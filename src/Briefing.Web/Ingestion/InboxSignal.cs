using System.Threading.Channels;

namespace Briefing.Web.Ingestion;

/// <summary>Wakes the pipeline when something was accepted. The inbox table is the queue; this is only a doorbell,
/// bounded to one pending ring, so it never grows however fast submissions arrive.</summary>
public sealed class InboxSignal
{
    private readonly Channel<bool> _bell = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    public void Ring() => _bell.Writer.TryWrite(true);

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
