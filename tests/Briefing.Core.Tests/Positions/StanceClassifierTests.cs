using Briefing.Core.Positions;

namespace Briefing.Core.Tests.Positions;

public class StanceClassifierTests
{
    private static readonly PositionAnalyzer Analyzer = new(TestTopics.All);

    private static StanceJudgement StanceOf(string text, string topic) =>
        Analyzer.Analyze(text).Single(s => s.Topic.Name == topic).Judgement;

    [Theory]
    [InlineData("Minister Aldo Varga said Veltria supports the peace talks.", Stance.Supports)]
    [InlineData("Varga backed the negotiations.", Stance.Supports)]
    [InlineData("Varga said Veltria is interested in moving ahead with negotiations.", Stance.Supports)]
    [InlineData("Varga said it is vital that the peace deal is enduring.", Stance.Supports)]
    [InlineData("Varga said Veltria must negotiate.", Stance.Supports)]
    [InlineData("Varga said Veltria opposes the peace talks.", Stance.Opposes)]
    [InlineData("Varga rejected the ceasefire.", Stance.Opposes)]
    [InlineData("Varga said Veltria will not negotiate.", Stance.Opposes)]
    [InlineData("Varga said Veltria won’t negotiate.", Stance.Opposes)]
    [InlineData("Varga said Veltria does not support the peace talks.", Stance.Opposes)]
    public void Stance_verbs_modals_and_negation(string text, Stance expected) =>
        Assert.Equal(expected, StanceOf(text, "Peace talks").Stance);

    [Theory]
    [InlineData("Varga said the old borders won't be rolled back.", Stance.Opposes)]
    [InlineData("Varga said the border will never be restored.", Stance.Opposes)]
    [InlineData("Varga said Veltria will regain its territory.", Stance.Supports)]
    [InlineData("Varga said Veltria must never cede land.", Stance.Supports)]
    [InlineData("Varga said Veltria should cede land.", Stance.Opposes)]
    [InlineData("Varga said regaining the territory is unlikely.", Stance.Opposes)]
    public void Proposition_cues_are_read_toward_the_topic_proposition(string text, Stance expected) =>
        Assert.Equal(expected, StanceOf(text, "Borders").Stance);

    [Fact]
    public void Negation_flips_the_cue_it_governs_and_is_reported_as_a_cue()
    {
        var j = StanceOf("Varga said the old borders won't be rolled back.", "Borders");
        Assert.Contains(j.Cues, c => c.Role == CueRole.Negation && c.Text == "won't");
        Assert.Contains(j.Cues, c => c.Role == CueRole.PropositionFor && c.Negated && c.Text == "rolled back");
    }

    [Theory]
    [InlineData("Varga said the new border is not a concession.")]
    [InlineData("Varga said he spoke about the border with the press.")]
    [InlineData("Varga said the border was discussed, not settled.")]
    public void Without_a_cue_the_stance_is_unclear(string text)
    {
        var j = StanceOf(text, "Borders");
        Assert.Equal(Stance.Unclear, j.Stance);
        Assert.Equal(0, j.Confidence);
        Assert.Empty(j.Cues);
    }

    [Fact]
    public void Double_negation_reads_as_support()
    {
        Assert.Equal(Stance.Supports, StanceOf("Varga said Veltria does not oppose the peace talks.", "Peace talks").Stance);
        Assert.Equal(Stance.Supports, StanceOf("Varga said joining the Pact is not unlikely.", "Pact membership").Stance);
    }

    [Fact]
    public void Hedges_lower_confidence_without_changing_the_direction()
    {
        var firm = StanceOf("Varga said Veltria opposes joining the Pact.", "Pact membership");
        var hedged = StanceOf("Varga said joining the Pact is unlikely.", "Pact membership");
        var could = StanceOf("Varga said the treaty could provide a security guarantee.", "Guarantees");
        var will = StanceOf("Varga said the treaty will provide a security guarantee.", "Guarantees");

        Assert.Equal(Stance.Opposes, hedged.Stance);
        Assert.True(hedged.Confidence < firm.Confidence);
        Assert.Equal(Stance.Supports, could.Stance);
        Assert.True(could.Confidence < will.Confidence);
        Assert.Contains(could.Cues, c => c.Role == CueRole.Hedge && c.Text == "could");
    }

    [Fact]
    public void Denying_a_criticism_defends_what_was_criticised()
    {
        var j = StanceOf("Varga said any suggestion that Veltria is negotiating from a position of weakness is false.", "Peace talks");
        Assert.Equal(Stance.Supports, j.Stance);
        Assert.Contains(j.Cues, c => c.Text == "false" && c.Role == CueRole.Oppose);
    }

    [Fact]
    public void Coordinated_denials_count_once()
    {
        var j = StanceOf("Varga called the peace talks misguided and dangerous.", "Peace talks");
        Assert.Equal(Stance.Opposes, j.Stance);
    }

    [Fact]
    public void Clauses_pulling_both_ways_give_mixed()
    {
        var j = StanceOf("Varga said Veltria supports the peace talks, but it rejects the ceasefire.", "Peace talks");
        Assert.Equal(Stance.Mixed, j.Stance);
    }

    [Fact]
    public void A_cue_in_a_relative_clause_does_not_decide_the_topic()
    {
        var j = StanceOf("Varga expects a peace deal that nobody wants.", "Peace talks");
        Assert.Equal(Stance.Unclear, j.Stance);
    }

    [Fact]
    public void Cues_in_a_clause_without_the_topic_are_ignored()
    {
        var j = StanceOf("Varga supports the farmers, and the border was mentioned.", "Borders");
        Assert.Equal(Stance.Unclear, j.Stance);
    }

    [Fact]
    public void Topic_cues_from_the_watch_list_extend_the_lexicon_per_topic()
    {
        // "enduring" is a support cue of the talks topic only.
        Assert.Equal(Stance.Supports, StanceOf("Varga said the peace deal is enduring.", "Peace talks").Stance);
        Assert.Equal(Stance.Unclear, StanceOf("Varga said the border is enduring.", "Borders").Stance);
    }

    [Fact]
    public void Context_only_topics_are_unclear()
    {
        var result = Analyzer.Analyze("we will see", "Asked about the border, Varga said: we will see.");
        Assert.Equal(Stance.Unclear, Assert.Single(result).Stance);
    }

    [Fact]
    public void Focus_points_at_the_deciding_clause()
    {
        const string text = "Varga thanked the crowd, and said the old borders won't be rolled back.";
        var j = StanceOf(text, "Borders");
        Assert.Equal("borders won't be rolled back", j.Focus!.Value.Of(text));
    }
}
