using System.Collections.Concurrent;
using Briefing.Data.Articles;
using Briefing.Web.Live;
using Briefing.Web.Tests.Wall;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Briefing.Web.Tests.Live;

public sealed class LiveNotifierTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private static LiveNotifier Notifier(int capacity = 64, int stallSeconds = 30, TimeProvider? clock = null, int frameMs = 100, int viewCapacity = 2048,
        int busyFrameMs = 500, int eventsPerFrame = 10) =>
        new(NullLogger<LiveNotifier>.Instance, Options.Create(new LiveOptions
        {
            QueueCapacity = capacity, StallSeconds = stallSeconds, FrameMilliseconds = frameMs, ViewQueueCapacity = viewCapacity,
            BusyFrameMilliseconds = busyFrameMs, EventsPerFrame = eventsPerFrame,
        }), clock);

    private static ArticleIngested Article(int n) =>
        new(new ArticleSummary($"a{n}", $"Story {n}", null, "Test Wire", DateTimeOffset.UtcNow, DateTimeOffset.UtcNow, 0), [], []);

    private static string IdOf(LiveEvent e) => e is ArticleIngested a ? a.Article.Id : e.GetType().Name;

    [Fact]
    public async Task A_subscriber_stuck_in_its_handler_delays_neither_the_publisher_nor_the_other_subscribers()
    {
        var notifier = Notifier();
        var stuck = new TaskCompletionSource();
        var fast = new ConcurrentQueue<string>();
        using var slow = notifier.Subscribe(_ => stuck.Task);
        using var quick = notifier.Subscribe(e => { fast.Enqueue(IdOf(e)); return Task.CompletedTask; });

        for (var n = 1; n <= 10; n++)
            Assert.True(notifier.PublishAsync(Article(n)).IsCompleted, "publishing must not wait for any subscriber");

        await WaitUntil(() => fast.Count == 10);
        Assert.Equal(Enumerable.Range(1, 10).Select(n => $"a{n}"), fast);
        Assert.False(stuck.Task.IsCompleted); // the slow one is still inside its first event
        stuck.SetResult();
        await notifier.WhenIdleAsync(Patience);
    }

    [Fact]
    public async Task A_subscriber_that_falls_a_queue_behind_gets_one_refresh_then_only_the_newest_events()
    {
        var notifier = Notifier(capacity: 4);
        var gate = new TaskCompletionSource();
        var seen = new ConcurrentQueue<string>();
        using var subscription = notifier.Subscribe(async e =>
        {
            seen.Enqueue(IdOf(e));
            await gate.Task;
        });

        notifier.Publish(Article(1));
        await WaitUntil(() => seen.Count == 1); // the handler now holds event 1
        for (var n = 2; n <= 30; n++) notifier.Publish(Article(n));
        gate.SetResult();
        await notifier.WhenIdleAsync(Patience);

        // 2..5 filled the queue; from 6 on the oldest were dropped behind one refresh, and the newest 4 still arrive.
        Assert.Equal(["a1", nameof(LiveRefresh), "a27", "a28", "a29", "a30"], seen);
        Assert.Equal(1, notifier.Coalesced);

        notifier.Publish(Article(31));
        await notifier.WhenIdleAsync(Patience);
        Assert.Equal(["a1", nameof(LiveRefresh), "a27", "a28", "a29", "a30", "a31"], seen); // and then one by one again
    }

    [Fact]
    public async Task A_subscriber_stuck_past_the_stall_time_is_unsubscribed_not_waited_for()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        var notifier = Notifier(stallSeconds: 30, clock: clock);
        var entered = new TaskCompletionSource();
        var stuck = new TaskCompletionSource();
        using var subscription = notifier.Subscribe(_ => { entered.TrySetResult(); return stuck.Task; });
        using var other = notifier.Subscribe(_ => Task.CompletedTask);

        notifier.Publish(Article(1));
        await entered.Task.WaitAsync(Patience);
        clock.Advance(TimeSpan.FromSeconds(31));
        notifier.Publish(Article(2));

        Assert.Equal(1, notifier.SubscriberCount);
        Assert.Equal(1, notifier.Stalled);
        stuck.SetResult();
    }

    [Fact]
    public async Task A_throwing_subscriber_keeps_receiving_and_does_not_affect_others()
    {
        var notifier = Notifier();
        var calls = 0;
        var others = new ConcurrentQueue<string>();
        using var failing = notifier.Subscribe(_ => { Interlocked.Increment(ref calls); throw new InvalidOperationException("boom"); });
        using var fine = notifier.Subscribe(e => { others.Enqueue(IdOf(e)); return Task.CompletedTask; });

        notifier.Publish(Article(1));
        notifier.Publish(Article(2));
        await notifier.WhenIdleAsync(Patience);

        Assert.Equal(2, Volatile.Read(ref calls));
        Assert.Equal(["a1", "a2"], others);
    }

    [Fact]
    public async Task A_view_gets_a_burst_as_one_frame_in_order_and_always_the_last_event()
    {
        var notifier = Notifier(frameMs: 200);
        var frames = new ConcurrentQueue<string[]>();
        using var view = notifier.SubscribeFrames(events =>
        {
            frames.Enqueue(events.Select(IdOf).ToArray());
            return Task.CompletedTask;
        });

        notifier.Publish(Article(1)); // after a quiet spell: at once, alone
        await WaitUntil(() => frames.Count == 1);
        for (var n = 2; n <= 50; n++) notifier.Publish(Article(n)); // within the frame: held for the next one
        await notifier.WhenIdleAsync(Patience);

        var calls = frames.ToArray();
        Assert.Equal(["a1"], calls[0]);
        Assert.True(calls.Length <= 3, $"50 events in a burst should take a frame or two, not {calls.Length} calls");
        Assert.Equal(Enumerable.Range(1, 50).Select(n => $"a{n}"), calls.SelectMany(c => c)); // nothing lost, in order
        Assert.Equal("a50", calls[^1][^1]);
    }

    [Fact]
    public async Task Under_a_flood_a_view_gets_fewer_fuller_frames_and_still_every_event_in_order()
    {
        // 30 bursts of 20 events, one burst per frame: at 2 events per frame a view would take each burst in its own
        // call; it stretches its frames (up to 10 frames long here) and takes several bursts per call instead.
        var notifier = Notifier(frameMs: 20, busyFrameMs: 200, eventsPerFrame: 2);
        var frames = new ConcurrentQueue<string[]>();
        using var view = notifier.SubscribeFrames(events =>
        {
            frames.Enqueue(events.Select(IdOf).ToArray());
            return Task.CompletedTask;
        });

        const int bursts = 30, perBurst = 20;
        for (var b = 0; b < bursts; b++)
        {
            for (var i = 1; i <= perBurst; i++) notifier.Publish(Article(b * perBurst + i));
            await Task.Delay(20);
        }
        await notifier.WhenIdleAsync(Patience);

        var calls = frames.ToArray();
        Assert.Equal(Enumerable.Range(1, bursts * perBurst).Select(n => $"a{n}"), calls.SelectMany(c => c)); // nothing lost, in order
        Assert.True(calls.Length <= bursts / 2, $"{bursts} bursts took {calls.Length} calls; stretched frames should take several per call");
    }

    [Fact]
    public async Task A_view_that_falls_behind_its_queue_reloads_and_still_gets_the_newest_events()
    {
        var notifier = Notifier(frameMs: 1, viewCapacity: 4);
        var gate = new TaskCompletionSource();
        var seen = new ConcurrentQueue<string>();
        using var view = notifier.SubscribeFrames(async events =>
        {
            foreach (var e in events) seen.Enqueue(IdOf(e));
            await gate.Task;
        });

        notifier.Publish(Article(1));
        await WaitUntil(() => seen.Count == 1);
        for (var n = 2; n <= 30; n++) notifier.Publish(Article(n));
        gate.SetResult();
        await notifier.WhenIdleAsync(Patience);

        Assert.Equal(["a1", nameof(LiveRefresh), "a27", "a28", "a29", "a30"], seen);
    }

    [Fact]
    public async Task A_stalled_view_does_not_delay_the_other_views_and_is_dropped_after_the_stall_time()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        var notifier = Notifier(stallSeconds: 30, clock: clock, frameMs: 20);
        var stuck = new TaskCompletionSource();
        var entered = new TaskCompletionSource();
        var fast = new ConcurrentQueue<string>();
        using var stalled = notifier.SubscribeFrames(_ => { entered.TrySetResult(); return stuck.Task; });
        using var views = notifier.SubscribeFrames(events =>
        {
            foreach (var e in events) fast.Enqueue(IdOf(e));
            return Task.CompletedTask;
        });

        notifier.Publish(Article(1));
        await entered.Task.WaitAsync(Patience);
        for (var n = 2; n <= 20; n++)
        {
            notifier.Publish(Article(n));
            await Task.Delay(5);
        }
        await WaitUntil(() => fast.Count == 20);
        Assert.Equal(Enumerable.Range(1, 20).Select(n => $"a{n}"), fast);

        clock.Advance(TimeSpan.FromSeconds(31));
        notifier.Publish(Article(21));
        Assert.Equal(1, notifier.SubscriberCount);
        Assert.Equal(1, notifier.Stalled);
        stuck.SetResult();
    }

    [Fact]
    public async Task An_event_a_view_does_not_want_never_wakes_it()
    {
        var notifier = Notifier();
        var calls = 0;
        using var bell = notifier.SubscribeFrames(_ => { Interlocked.Increment(ref calls); return Task.CompletedTask; },
            wants: e => e is LiveRefresh);

        for (var n = 1; n <= 10; n++) notifier.Publish(Article(n));
        await notifier.WhenIdleAsync(Patience);

        Assert.Equal(0, Volatile.Read(ref calls));
        Assert.Equal(0, notifier.Published);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("condition not met in time");
            await Task.Delay(10);
        }
    }
}
