using Briefing.Web.Live;

namespace Briefing.Web.Components.Shared;

/// <summary>The live views of one circuit (scoped: one per open screen) share one subscription, one frame and one
/// render batch. A dashboard holds half a dozen live views (three lists, the live indicator, the alert bell, …);
/// subscribed one by one, every article woke each of them separately, and each sent its own render batch, which the
/// browser acknowledged one by one — on a thousand screens that was thousands of queue drains, dispatches and
/// WebSocket messages per article for a row or two of markup. Now the notifier queues an event once per circuit,
/// the frame applies it to every view that wants it in one dispatch, and the views that changed render together
/// (through <see cref="LiveFrame"/>, when the layout has one). The 30-second re-render that ages "NEW" marks and
/// relative times is one timer per circuit, not one per view.</summary>
public sealed class LiveViews(LiveNotifier notifier) : IDisposable
{
    private static readonly TimeSpan AgeEvery = TimeSpan.FromSeconds(30);

    private readonly Lock _gate = new();
    private LiveComponent[] _views = [];
    private IDisposable? _subscription;
    private Timer? _age;
    private LiveFrame? _frame;
    private volatile bool _closed;

    // Touched only on the circuit's dispatcher (frames, ticks and renders all run there).
    private readonly List<LiveComponent> _pending = [];

    internal void Add(LiveComponent view)
    {
        lock (_gate)
        {
            _views = [.. _views, view];
            _subscription ??= notifier.SubscribeFrames(OnFrameAsync, Wants);
            _age ??= new Timer(_ => OnAge(), null, AgeEvery, AgeEvery);
        }
    }

    internal void Remove(LiveComponent view)
    {
        IDisposable? subscription = null;
        Timer? age = null;
        lock (_gate)
        {
            _views = Array.FindAll(_views, v => v != view);
            if (_views.Length == 0)
            {
                (subscription, _subscription) = (_subscription, null);
                (age, _age) = (_age, null);
            }
        }
        subscription?.Dispose();
        age?.Dispose();
    }

    internal void Attach(LiveFrame frame) => _frame = frame;

    internal void Detach(LiveFrame frame)
    {
        if (_frame == frame) _frame = null;
    }

    /// <summary>On the publisher's thread: an event no view here wants never wakes the circuit.</summary>
    private bool Wants(LiveEvent liveEvent)
    {
        foreach (var view in Volatile.Read(ref _views))
            if (view.WantsEvent(liveEvent)) return true;
        return false;
    }

    private Task OnFrameAsync(IReadOnlyList<LiveEvent> events)
    {
        var views = Volatile.Read(ref _views);
        return views.Length == 0 ? Task.CompletedTask : views[0].DispatchAsync(() =>
        {
            if (_closed) return; // the circuit closed while this frame waited for its dispatcher
            foreach (var view in views)
                if (view.ApplyFrame(events)) _pending.Add(view);
            RenderPending();
        });
    }

    private void OnAge()
    {
        var views = Volatile.Read(ref _views);
        if (views.Length == 0) return;
        _ = views[0].DispatchAsync(() =>
        {
            if (_closed) return;
            foreach (var view in views)
            {
                view.Age();
                _pending.Add(view);
            }
            RenderPending();
        });
    }

    /// <summary>Renders the views changed by this frame in one batch: the frame component's render queues theirs
    /// while the renderer is inside its batch. Without a frame component (a layout without one) each renders alone.</summary>
    private void RenderPending()
    {
        if (_pending.Count == 0) return;
        if (_frame is { } frame) frame.Render();
        else RenderQueued();
    }

    /// <summary>Called by <see cref="LiveFrame"/> while it renders (inside the renderer's batch).</summary>
    internal void RenderQueued()
    {
        if (_pending.Count == 0) return;
        var views = _pending.ToArray();
        _pending.Clear();
        foreach (var view in views) view.RenderFromFrame();
    }

    public void Dispose()
    {
        _closed = true;
        lock (_gate)
        {
            _views = [];
            _subscription?.Dispose();
            _subscription = null;
            _age?.Dispose();
            _age = null;
        }
    }
}
