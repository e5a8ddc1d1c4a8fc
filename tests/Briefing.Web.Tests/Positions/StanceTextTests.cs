using Briefing.Data.Actors;
using Briefing.Data.Positions;
using Briefing.Data.Topics;
using Briefing.Web.Components.Shared.Positions;

namespace Briefing.Web.Tests.Positions;

public sealed class StanceTextTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    private static EvidenceView Evidence(string article, string stance, int minutesAgo, double confidence = 0.8) =>
        new($"{article}-{minutesAgo}", "words", article, stance, confidence, Now.AddMinutes(-minutesAgo), article, [], []);

    private static PositionView Position(string stance, string? shiftedFrom, params EvidenceView[] newestFirst) =>
        new(new ActorRef("aldo-varga", "Aldo Varga"), new TopicRef("harbour-access", "Harbour access"), stance, 0.8, "",
            Now.AddDays(-1), Now, shiftedFrom is null ? null : Now, shiftedFrom, newestFirst);

    [Fact]
    public void A_stance_that_flips_between_two_articles_is_a_shift()
    {
        var position = Position("opposes", "supports", Evidence("b", "opposes", 1), Evidence("a", "supports", 60));

        Assert.False(StanceText.ShiftWithinOneArticle(position));
    }

    [Fact]
    public void A_stance_that_flips_inside_one_article_is_not_shown_as_a_shift()
    {
        var position = Position("opposes", "supports",
            Evidence("a", "opposes", 1), Evidence("a", "unclear", 2, 0), Evidence("a", "supports", 3), Evidence("old", "supports", 900));

        Assert.True(StanceText.ShiftWithinOneArticle(position));
    }

    [Fact]
    public void Weak_evidence_does_not_count_as_the_old_stance()
    {
        var position = Position("opposes", "supports",
            Evidence("a", "opposes", 1), Evidence("a", "supports", 2, confidence: 0.2), Evidence("old", "supports", 900));

        Assert.False(StanceText.ShiftWithinOneArticle(position));
    }
}
