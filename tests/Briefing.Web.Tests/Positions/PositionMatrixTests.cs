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

    [Fact]
    public void A_position_below_the_low_confidence_setting_is_marked_and_a_confident_one_is_not()
    {
        var harbour = AddTopic("Harbour access", "the harbour of Serin stays open", "harbour");
        CommitStance("Aldo Varga", "The harbour may perhaps stay open", harbour, Stance.Supports, DateTimeOffset.UtcNow.AddDays(-1), confidence: 0.4);
        CommitStance("Ines Okafor", "The harbour must stay open", harbour, Stance.Supports, DateTimeOffset.UtcNow.AddDays(-1), confidence: 0.9);

        var matrix = Render<PositionMatrix>(p => p
            .Add(x => x.Positions, Positions.Query(new PositionQuery()))
            .Add(x => x.Actors, [new ActorRef("aldo-varga", "Aldo Varga"), new ActorRef("ines-okafor", "Ines Okafor")])
            .Add(x => x.Topics, [new TopicRef(harbour, "Harbour access")]));

        var unsure = matrix.Find("td.pos-cell[data-actor='aldo-varga']");
        var sure = matrix.Find("td.pos-cell[data-actor='ines-okafor']");
        Assert.Equal("true", unsure.GetAttribute("data-low"));
        Assert.Contains("is-low", unsure.ClassName);
        Assert.Equal("?", unsure.QuerySelector(".low-badge")!.TextContent);
        Assert.Null(sure.GetAttribute("data-low"));
        Assert.Null(sure.QuerySelector(".low-badge"));
    }
}
