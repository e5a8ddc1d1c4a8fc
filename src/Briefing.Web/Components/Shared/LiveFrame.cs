using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace Briefing.Web.Components.Shared;

/// <summary>Renders nothing. Placed once in a layout, it lets the circuit's live views that changed in a frame
/// render in one batch: <see cref="LiveViews"/> asks it to render, and while it renders (the renderer is then
/// inside a batch) it queues the changed views, which the renderer takes into the same batch — one WebSocket
/// message per frame per screen instead of one per view.</summary>
public sealed class LiveFrame : ComponentBase, IDisposable
{
    [Inject] private IServiceProvider Services { get; set; } = default!;

    private LiveViews? _views;

    protected override void OnInitialized() => _views = Services.GetService<LiveViews>();

    protected override void OnAfterRender(bool firstRender)
    {
        // Only once interactive: a prerendered page has no frames.
        if (firstRender) _views?.Attach(this);
    }

    internal void Render() => StateHasChanged();

    protected override void BuildRenderTree(RenderTreeBuilder builder) => _views?.RenderQueued();

    public void Dispose() => _views?.Detach(this);
}
