using Briefing.Core.Extraction;
using Briefing.Data.Actors;
using Briefing.Data.Articles;
using Briefing.Data.Inbox;
using Briefing.Data.Positions;
using Briefing.Data.Schema;
using Briefing.Data.Statements;
using Briefing.Data.Topics;
using Briefing.Web.Live;
using Briefing.Web.Tests.Components;
using Briefing.Web.Wall;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Briefing.Web.Tests.Wall;

/// <summary>A clock the test moves by hand.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; private set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}

/// <summary>The component test context with a hand-moved clock and the wall's services.</summary>
public abstract class WallTestContext : ComponentTestContext
{
    protected WallTestContext() : this(new ManualClock(DateTimeOffset.UtcNow)) { }

    private WallTestContext(ManualClock clock) : base(clock)
    {
        Clock = clock;
        Services.AddSingleton(new ActivityQueries(Database));
        Services.AddSingleton(Options.Create(new WallOptions()));
        Services.AddSingleton(Options.Create(new Briefing.Web.Reading.ReadingOptions()));
        Services.AddSingleton(new Briefing.Web.Reading.DisplayAccess(new Briefing.Data.Displays.DisplayLinkStore(Database, clock), clock));
    }

    protected ManualClock Clock { get; }

    protected IRenderedComponent<Briefing.Web.Components.Pages.Wall.Wall> RenderWall(string query)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("/wall" + query);
        return Render<Briefing.Web.Components.Pages.Wall.Wall>();
    }
}
