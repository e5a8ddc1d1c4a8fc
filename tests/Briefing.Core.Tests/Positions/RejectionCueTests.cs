using Briefing.Core.Positions;
using Briefing.Core.Watchlists;

namespace Briefing.Core.Tests.Positions;

public sealed class RejectionCueTests
{
    private static readonly PositionAnalyzer Analyzer = new(
        [new WatchedTopic("Harbour access", "Proposition: the harbour of Serin stays open.", ["harbour"], SupportCues: ["stay open"], OpposeCues: ["close"])]);

    [Theory]
    [InlineData("refuted")]
    [InlineData("pushed back on")]
    [InlineData("denied")]
    [InlineData("dismissed")]
    public void Rejecting_a_view_reverses_its_stance(string cue)
    {
        const string content = "claims that the government will close the harbour";

        var plain = Assert.Single(Analyzer.Analyze(content, cue: "said"));
        var rejected = Assert.Single(Analyzer.Analyze(content, cue: cue));

        Assert.Equal(Stance.Opposes, plain.Stance);
        Assert.Equal(Stance.Supports, rejected.Stance);
        Assert.Equal(plain.Confidence, rejected.Confidence);
    }

    [Theory]
    [InlineData("said", false)]
    [InlineData("dense", false)]
    [InlineData("denies", true)]
    [InlineData(null, false)]
    public void Only_rejection_verbs_count(string? cue, bool expected) => Assert.Equal(expected, RejectionCues.IsRejection(cue));
}
