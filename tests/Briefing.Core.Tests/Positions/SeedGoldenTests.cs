using Briefing.Core.Positions;

namespace Briefing.Core.Tests.Positions;

/// <summary>Golden positions on the real sentences of the seed article (seeds/000_e8d4d3cecd10d668.txt), picked by
/// substring until the extractor is merged. Only stance readings are asserted; no words are put in anyone's mouth.</summary>
public class SeedGoldenTests
{
    private static readonly PositionAnalyzer Analyzer = new(SeedFiles.Watchlist);

    private static TopicStance On(string statement, string topic)
    {
        var result = Analyzer.Analyze(statement);
        var match = result.SingleOrDefault(s => s.Topic.Name == topic);
        Assert.True(match is not null,
            $"'{topic}' not matched in: {statement}\nmatched: {string.Join(", ", result.Select(r => r.Topic.Name))}");
        return match;
    }

    private static void AssertCues(TopicStance s, params string[] cues)
    {
        var found = s.Judgement.Cues.Select(c => c.Text).ToArray();
        foreach (var cue in cues) Assert.Contains(cue, found);
    }

    [Fact]
    public void Hegseth_on_the_2014_borders_opposes_restoring_them()
    {
        var quote = SeedFiles.Excerpt("I think realism", "on the ground.");
        var s = On(quote, "Territory and borders");

        Assert.Equal(Stance.Opposes, s.Stance);
        Assert.InRange(s.Confidence, 0.6, 0.9);
        AssertCues(s, "won’t", "rolled back");
        Assert.DoesNotContain(Analyzer.Analyze(quote), x => x.Topic.Name == "Peace negotiations" && x.Stance != Stance.Unclear);
    }

    [Fact]
    public void Hegseth_rejecting_the_concessions_criticism_supports_the_negotiations()
    {
        // He defends the administration's negotiating approach: denying "too many concessions … position of
        // weakness" reads as support for negotiating an end to the war.
        var s = On(SeedFiles.Excerpt("any suggestion", "false.”"), "Peace negotiations");

        Assert.Equal(Stance.Supports, s.Stance);
        AssertCues(s, "too many concessions", "position of weakness", "ahistorical", "false");
    }

    [Fact]
    public void Trump_calls_retaking_all_territory_and_joining_NATO_unlikely()
    {
        var statement = SeedFiles.Excerpt("Ukraine’s ambitions", "to be fulfilled");
        var territory = On(statement, "Territory and borders");
        var nato = On(statement, "Ukraine's NATO membership");

        Assert.Equal(Stance.Opposes, territory.Stance);
        Assert.Equal(Stance.Opposes, nato.Stance);
        Assert.InRange(territory.Confidence, 0.35, 0.6); // hedged: a forecast, not a refusal
        Assert.InRange(nato.Confidence, 0.35, 0.6);
        AssertCues(territory, "retake", "unlikely");
        AssertCues(nato, "unlikely");
        Assert.Contains(nato.Judgement.Cues, c => c.Text == "unlikely" && c.Role == CueRole.Oppose);
    }

    [Fact]
    public void Trump_supports_moving_ahead_with_negotiations()
    {
        var s = On(SeedFiles.Excerpt("all parties are interested", "with negotiations"), "Peace negotiations");

        Assert.Equal(Stance.Supports, s.Stance);
        AssertCues(s, "interested in", "moving ahead");
    }

    [Fact]
    public void Bessent_supports_the_resources_deal_as_a_security_shield()
    {
        var quote = SeedFiles.Excerpt("By increasing our economic commitment", "for all Ukrainians");
        var deal = On(quote, "Resources-for-support deal");
        var shield = On(quote, "Security guarantees");

        Assert.Equal(Stance.Supports, deal.Stance);
        Assert.Equal(Stance.Supports, shield.Stance);
        AssertCues(deal, "increasing");
        AssertCues(shield, "provide");
    }

    [Fact]
    public void Bessent_says_the_arrangement_could_provide_a_security_guarantee()
    {
        var s = On(SeedFiles.Excerpt("this arrangement could provide", "security guarantee"), "Security guarantees");

        Assert.Equal(Stance.Supports, s.Stance);
        Assert.True(s.Confidence < 0.5, "hedged by 'could'");
        AssertCues(s, "could", "provide");
    }

    [Fact]
    public void Rutte_supports_an_enduring_peace_deal()
    {
        var full = On(SeedFiles.Excerpt("whatever agreement is reached", "of Ukraine.”"), "Peace negotiations");
        var quoteOnly = On(SeedFiles.Excerpt("peace deal is enduring", "of Ukraine."), "Peace negotiations");

        Assert.Equal(Stance.Supports, full.Stance);
        AssertCues(full, "vital", "enduring");
        Assert.Equal(Stance.Supports, quoteOnly.Stance);
        Assert.True(quoteOnly.Confidence < full.Confidence);
    }

    [Fact]
    public void Hegseth_on_a_demarcation_line_nobody_wants_is_not_read_as_opposing_negotiations()
    {
        var s = On(SeedFiles.Excerpt("he expects a negotiated settlement", "defer to Trump"), "Peace negotiations");
        Assert.Equal(Stance.Unclear, s.Stance);
    }

    [Fact]
    public void Positions_build_from_seed_evidence_with_summaries_in_the_speakers_words()
    {
        var quote = SeedFiles.Excerpt("I think realism", "on the ground.");
        var s = On(quote, "Territory and borders");
        var evidence = new PositionEvidence("st-1", quote, "000_e8d4d3cecd10d668", s.Stance, s.Confidence,
            new DateTimeOffset(2025, 2, 13, 0, 0, 0, TimeSpan.Zero), s.Judgement.Focus);

        var update = PositionTracker.Apply(ActorPosition.Empty("Pete Hegseth", "Territory and borders"), evidence);

        Assert.Equal(Stance.Opposes, update.Position.Stance);
        Assert.Equal("Opposes: \"borders won’t be rolled back to what everybody would like them to be in 2014\"", update.Position.Summary);
    }
}
