using Briefing.Web.Live;
using Microsoft.AspNetCore.Components;

namespace Briefing.Web.Components.Shared;

/// <summary>Base for views that follow the live events: joins its circuit's <see cref="LiveViews"/> after the first
/// interactive render (not during prerender), applies what arrived since the last frame and renders once (see
/// <see cref="LiveNotifier.SubscribeFrames"/>: a burst of events is one render per view, not one per event; the
/// circuit's views that changed render in one batch), re-renders every 30 s so "NEW" marks and relative times age,
/// re-renders when the editor signs in or out, and leaves on dispose.</summary>
public abstract class LiveComponent : ComponentBase, IDisposable
{
    private LiveViews? _views;
    private bool _ownViews, _disposed;

    [Inject] protected LiveNotifier Notifier { get; set; } = default!;
    [Inject] private IServiceProvider Services { get; set; } = default!;
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
        if (!firstRender || _disposed) return;
        // One per circuit (scoped); a host without it (a component test) gives the view its own.
        _views = Services.GetService<LiveViews>();
        if (_views is null)
        {
            _views = new LiveViews(Notifier);
            _ownViews = true;
        }
        _views.Add(this);
        IsLive = true;
        StateHasChanged();
    }

    internal bool WantsEvent(LiveEvent liveEvent) => Wants(liveEvent);

    internal Task DispatchAsync(Action action) => InvokeAsync(action);

    /// <summary>Applies a frame's events (those this view wants; a refresh always); true when the view must render.</summary>
    internal bool ApplyFrame(IReadOnlyList<LiveEvent> events)
    {
        if (_disposed) return false;
        var changed = false;
        foreach (var liveEvent in events)
        {
            if (liveEvent is LiveRefresh)
            {
                Reload();
                changed = true;
            }
            else if (Wants(liveEvent)) changed |= OnLiveEvent(liveEvent);
        }
        if (changed) OnLiveEventsApplied();
        return changed;
    }

    internal void Age()
    {
        Fresh.Expire();
        OnAge();
    }

    /// <summary>Every 30 s, before the view renders so "NEW" marks and relative times age (e.g. re-make cached text).</summary>
    protected virtual void OnAge() { }

    internal void RenderFromFrame()
    {
        if (!_disposed) StateHasChanged();
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
        _disposed = true;
        Editing.Changed -= OnEditingChanged;
        _views?.Remove(this);
        if (_ownViews) _views?.Dispose();
        GC.SuppressFinalize(this);
    }
}
