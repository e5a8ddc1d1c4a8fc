using Briefing.Core.Positions;
using Briefing.Data.Actors;
using Briefing.Data.Positions;
using Briefing.Data.Topics;
using Briefing.Web.Components.Shared.Positions;
using Bunit;

namespace Briefing.Web.Tests.Positions;

public sealed class PositionMatrixTests : PositionsTestContext
{
    [Fact]
    public void Compact_mode_renders_stances_and_shifts_without_selection_for_the_wall()
    {
        var harbour = AddTopic("Harbour access", "the harbour of Serin stays open", "harbour");
        CommitStance("Aldo Varga", "We will not close the harbour", harbour, Stance.Supports, DateTimeOffset.UtcNow.AddDays(-2));
        CommitStance("Aldo Varga", "The harbour will be closed", harbour, Stance.Opposes, DateTimeOffset.UtcNow.AddMinutes(-5));
        var positions = Positions.Query(new PositionQuery());

        var matrix = Render<PositionMatrix>(p => p
            .Add(x => x.Positions, positions)
            .Add(x => x.Actors, [new ActorRef("aldo-varga", "Aldo Varga")])
            .Add(x => x.Topics, [new TopicRef(harbour, "Harbour access")])
            .Add(x => x.Compact, true)
            .Add(x => x.OnSelect, (PositionView _) => { }));

        var cell = matrix.Find("td.pos-cell");
        Assert.Equal("opposes", cell.GetAttribute("data-stance"));
        Assert.Contains("is-shift", cell.ClassName);
        Assert.Equal("SHIFT: was supports", cell.QuerySelector(".shift-badge")!.TextContent);
        Assert.Empty(matrix.FindAll("button"));
        Assert.Contains("compact", matrix.Find(".position-matrix").ClassName);
    }
}
