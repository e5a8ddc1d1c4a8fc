using Microsoft.Extensions.Options;

namespace Briefing.Web.Live;

/// <summary>The one in-process fan-out of committed changes. Components and the hub relay subscribe. Publishing
/// never waits for a subscriber: each has its own small bounded queue drained on the thread pool; a subscriber that
/// falls behind loses its oldest events and gets one <see cref="LiveRefresh"/> ahead of the newest, and one stuck in a handler for
/// longer than <see cref="LiveOptions.StallSeconds"/> is unsubscribed. A failing subscriber is logged and never
/// stops the others or the pipeline.</summary>
public sealed class LiveNotifier
{
    private readonly ILogger<LiveNotifier> _logger;
    private readonly TimeProvider _clock;
    private readonly int _capacity;
    private readonly TimeSpan _stall;
    private readonly Lock _gate = new();
    private LiveSubscriber[] _subscribers = [];
    private long _published, _coalesced, _stalled;

    public LiveNotifier(ILogger<LiveNotifier> logger, IOptions<LiveOptions>? options = null, TimeProvider? clock = null)
    {
        _logger = logger;
        _clock = clock ?? TimeProvider.System;
        var settings = options?.Value ?? new LiveOptions();
        _capacity = Math.Max(2, settings.QueueCapacity);
        _stall = TimeSpan.FromSeconds(Math.Max(1, settings.StallSeconds));
    }

    public int SubscriberCount => Volatile.Read(ref _subscribers).Length;

    /// <summary>Events handed to subscribers' queues (one per subscriber per event).</summary>
    public long Published => Interlocked.Read(ref _published);

    /// <summary>Times a subscriber fell a full queue behind: its oldest events were dropped and one
    /// <see cref="LiveRefresh"/> was queued ahead of the newest.</summary>
    public long Coalesced => Interlocked.Read(ref _coalesced);

    /// <summary>Subscribers dropped because their handler did not return within the stall time.</summary>
    public long Stalled => Interlocked.Read(ref _stalled);

    /// <summary>Subscribes with the configured queue size, or <paramref name="capacity"/> events (a relay that
    /// serves many clients may need more room than one screen).</summary>
    public IDisposable Subscribe(Func<LiveEvent, Task> handler, int? capacity = null)
    {
        var subscriber = new LiveSubscriber(this, handler, Math.Max(2, capacity ?? _capacity));
        lock (_gate) _subscribers = [.. _subscribers, subscriber];
        return subscriber;
    }

    /// <summary>Queues the event for every subscriber and returns at once.</summary>
    public void Publish(LiveEvent liveEvent)
    {
        var now = _clock.GetUtcNow().UtcTicks;
        foreach (var subscriber in Volatile.Read(ref _subscribers))
        {
            switch (subscriber.Post(liveEvent, now))
            {
                case Posted.Coalesced:
                    if (Interlocked.Increment(ref _coalesced) is var count && (count == 1 || count % 1000 == 0))
                        _logger.LogWarning("A live subscriber fell {Capacity} events behind; its queue was coalesced to one refresh ({Count} so far)", _capacity, count);
                    break;
                case Posted.Stalled:
                    Interlocked.Increment(ref _stalled);
                    _logger.LogWarning("A live subscriber was stuck in one event for over {Stall}; it was unsubscribed", _stall);
                    subscriber.Dispose();
                    break;
            }
            Interlocked.Increment(ref _published);
        }
    }

    /// <summary>Kept for callers written against the awaiting notifier: it no longer waits for any screen.</summary>
    public Task PublishAsync(LiveEvent liveEvent)
    {
        Publish(liveEvent);
        return Task.CompletedTask;
    }

    /// <summary>Completes once every queue is empty and no handler runs (tests and orderly shutdown).</summary>
    public async Task WhenIdleAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (Volatile.Read(ref _subscribers).Any(s => s.Busy))
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("Live subscribers did not drain in time.");
            await Task.Delay(5);
        }
    }

    private void Unsubscribe(LiveSubscriber subscriber)
    {
        lock (_gate) _subscribers = _subscribers.Where(s => s != subscriber).ToArray();
    }

    private enum Posted { Queued, Coalesced, Dropped, Stalled }

    /// <summary>One subscriber's queue. At most one drain runs at a time, so a handler sees events in order and
    /// never concurrently; no thread is held while the queue is empty.</summary>
    private sealed class LiveSubscriber(LiveNotifier notifier, Func<LiveEvent, Task> handler, int capacity) : IDisposable, IThreadPoolWorkItem
    {
        private readonly Queue<LiveEvent> _queue = new();
        private bool _draining, _closed, _refreshPending;
        private long _handlerSince;

        public bool Busy
        {
            get { lock (_queue) return _draining; }
        }

        public Posted Post(LiveEvent liveEvent, long now)
        {
            lock (_queue)
            {
                if (_closed) return Posted.Dropped;
                if (_draining && _handlerSince != 0 && now - _handlerSince > notifier._stall.Ticks)
                    return Posted.Stalled;
                var result = Posted.Queued;
                if (_queue.Count >= capacity)
                {
                    // Drop the oldest and deliver one refresh before the rest: what was dropped was committed before it
                    // was published, so a reload covers it, and the newest events still arrive one by one.
                    _queue.Dequeue();
                    if (!_refreshPending) result = Posted.Coalesced;
                    _refreshPending = true;
                }
                _queue.Enqueue(liveEvent);
                if (!_draining)
                {
                    _draining = true;
                    // The drain owns its errors (see Execute); nothing awaits it, by design: publishing never waits.
                    ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
                }
                return result;
            }
        }

        public void Execute() => _ = DrainAsync();

        private async Task DrainAsync()
        {
            while (true)
            {
                LiveEvent next;
                lock (_queue)
                {
                    if (_closed || (_queue.Count == 0 && !_refreshPending))
                    {
                        _draining = false;
                        _handlerSince = 0;
                        return;
                    }
                    next = _refreshPending ? LiveRefresh.Instance : _queue.Dequeue();
                    _refreshPending = false;
                    _handlerSince = notifier._clock.GetUtcNow().UtcTicks;
                }
                try
                {
                    await handler(next);
                }
                catch (Exception exception)
                {
                    notifier._logger.LogWarning(exception, "A live subscriber failed on {Event}", next.GetType().Name);
                }
            }
        }

        public void Dispose()
        {
            lock (_queue)
            {
                if (_closed) return;
                _closed = true;
                _queue.Clear();
            }
            notifier.Unsubscribe(this);
        }
    }
}

/// <summary>Fan-out settings (section Briefing:Live).</summary>
public sealed class LiveOptions
{
    public const string Section = "Briefing:Live";

    /// <summary>Events a subscriber may fall behind before its queue is coalesced into one refresh.</summary>
    public int QueueCapacity { get; set; } = 64;

    /// <summary>A subscriber whose handler has not returned for this long is unsubscribed.</summary>
    public int StallSeconds { get; set; } = 30;
}
