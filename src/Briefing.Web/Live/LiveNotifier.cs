namespace Briefing.Web.Live;

/// <summary>The one in-process fan-out of committed changes. Components and the hub relay subscribe; a failing
/// subscriber is logged and never stops the others or the pipeline.</summary>
public sealed class LiveNotifier(ILogger<LiveNotifier> logger)
{
    private readonly Lock _gate = new();
    private Func<LiveEvent, Task>[] _subscribers = [];

    public int SubscriberCount => Volatile.Read(ref _subscribers).Length;

    public IDisposable Subscribe(Func<LiveEvent, Task> handler)
    {
        lock (_gate) _subscribers = [.. _subscribers, handler];
        return new Subscription(this, handler);
    }

    public async Task PublishAsync(LiveEvent liveEvent)
    {
        var subscribers = Volatile.Read(ref _subscribers);
        var deliveries = new Task[subscribers.Length];
        for (var i = 0; i < subscribers.Length; i++) deliveries[i] = Deliver(subscribers[i], liveEvent);
        await Task.WhenAll(deliveries);
    }

    private async Task Deliver(Func<LiveEvent, Task> subscriber, LiveEvent liveEvent)
    {
        try
        {
            await subscriber(liveEvent);
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "A live subscriber failed on {Event}", liveEvent.GetType().Name);
        }
    }

    private void Unsubscribe(Func<LiveEvent, Task> handler)
    {
        lock (_gate) _subscribers = _subscribers.Where(s => s != handler).ToArray();
    }

    private sealed class Subscription(LiveNotifier notifier, Func<LiveEvent, Task> handler) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0) notifier.Unsubscribe(handler);
        }
    }
}
