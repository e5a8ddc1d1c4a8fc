using Briefing.Web.Live;
using Microsoft.AspNetCore.Components;

namespace Briefing.Web.Components.Shared;

/// <summary>Base for views that follow the live events: subscribes after the first interactive render (not during
/// prerender), applies what arrived since the last frame in one InvokeAsync and renders once (see
/// <see cref="LiveNotifier.SubscribeFrames"/>: a burst of events is one render per view, not one per event),
/// re-renders every 30 s so "NEW" marks and relative times age, re-renders when the editor signs in or out, and
/// unsubscribes on dispose.</summary>
public abstract class LiveComponent : ComponentBase, IDisposable
{
    private IDisposable? _subscription;
    private Timer? _tick;

    [Inject] protected LiveNotifier Notifier { get; set; } = default!;
    [Inject] protected TimeProvider Clock { get; set; } = default!;
    [Inject] protected Briefing.Web.Editing.EditorSession Editing { get; set; } = default!;

    protected NewItems Fresh { get; private set; } = default!;

    /// <summary>True once the component runs interactively and receives live events (false while prerendering).</summary>
    protected bool IsLive { get; private set; }

    protected override void OnInitialized()
    {
        Fresh = new NewItems(Clock, TimeSpan.FromMinutes(5));
        // Signing in or out shows or hides edit controls in this view and its children.
        Editing.Changed += OnEditingChanged;
    }

    private void OnEditingChanged() => _ = InvokeAsync(StateHasChanged);

    protected override void OnAfterRender(bool firstRender)
    {
        if (!firstRender) return;
        _subscription = Notifier.SubscribeFrames(events => InvokeAsync(() => Apply(events)), Wants);
        _tick = new Timer(_ => InvokeAsync(() =>
        {
            Fresh.Expire();
            StateHasChanged();
        }), null, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(30));
        IsLive = true;
        StateHasChanged();
    }

    private void Apply(IReadOnlyList<LiveEvent> events)
    {
        var changed = false;
        foreach (var liveEvent in events)
        {
            if (liveEvent is LiveRefresh)
            {
                Reload();
                changed = true;
            }
            else changed |= OnLiveEvent(liveEvent);
        }
        if (!changed) return;
        OnLiveEventsApplied();
        StateHasChanged();
    }

    /// <summary>Which events this view follows. Runs on the publisher's thread for every open view, so it must be
    /// cheap; an event it refuses never wakes the view.</summary>
    protected virtual bool Wants(LiveEvent liveEvent) => true;

    /// <summary>After a frame's events changed the view, before it renders (e.g. one search instead of one per event).</summary>
    protected virtual void OnLiveEventsApplied() { }

    /// <summary>Re-reads the view's data from the store: the notifier coalesced events this view fell behind on.</summary>
    protected virtual void Reload() { }

    /// <summary>Applies an event to the view's state; returns true when the view changed.</summary>
    protected abstract bool OnLiveEvent(LiveEvent liveEvent);

    public virtual void Dispose()
    {
        Editing.Changed -= OnEditingChanged;
        _subscription?.Dispose();
        _tick?.Dispose();
        GC.SuppressFinalize(this);
    }
}
