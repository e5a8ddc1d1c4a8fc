using Briefing.Core.Positions;
using Briefing.Core.Watchlists;

namespace Briefing.Core.Tests.Positions;

public class TopicClassifierTests
{
    private static readonly TopicClassifier Classifier = new(TestTopics.All);

    private static string[] TopicsOf(string text) => Classifier.Classify(text).Select(m => m.Topic.Name).ToArray();

    [Theory]
    [InlineData("Minister Aldo Varga said the talks would resume once they negotiate in good faith.")]
    [InlineData("Varga praised the negotiations.")]
    [InlineData("Negotiating with Ostmark is hard, Varga said.")]
    [InlineData("Varga welcomed the PEACE TALKS in Lusk.")]
    public void Prefix_keywords_match_inflected_forms_case_insensitively(string text) =>
        Assert.Contains("Peace talks", TopicsOf(text));

    [Theory]
    [InlineData("Varga spoke of the border.", true)]
    [InlineData("Varga spoke of the borders.", true)]
    [InlineData("Varga spoke of the border’s history.", true)]
    [InlineData("Varga called the plan borderline absurd.", false)]
    [InlineData("Varga spoke of the Landau family.", false)]
    public void Plain_keywords_match_plurals_and_possessives_but_respect_word_boundaries(string text, bool expected) =>
        Assert.Equal(expected, TopicsOf(text).Contains("Borders"));

    [Theory]
    [InlineData("Varga offered a security guarantee.", true)]
    [InlineData("Varga offered security guarantees.", true)]
    [InlineData("Varga offered security-guarantees.", true)]
    [InlineData("Varga offered security, guarantees and more.", false)]
    [InlineData("Varga offered guarantees of security.", false)]
    public void Phrases_match_only_as_consecutive_words(string text, bool expected) =>
        Assert.Equal(expected, TopicsOf(text).Contains("Guarantees"));

    [Theory]
    [InlineData("Varga backs NP entry.", true)]
    [InlineData("Varga backs NP’s expansion.", true)]
    [InlineData("Varga backs NPs.", false)]
    [InlineData("Varga backs np.", false)]
    public void Acronyms_match_case_sensitively_and_exactly_with_possessive(string text, bool expected) =>
        Assert.Equal(expected, TopicsOf(text).Contains("Pact membership"));

    [Fact]
    public void A_statement_can_match_several_topics_with_evidence_offsets()
    {
        const string text = "Varga said Veltria will regain its territory and then negotiate.";
        var matches = Classifier.Classify(text);

        Assert.Equal(["Peace talks", "Borders"], matches.Select(m => m.Topic.Name));
        var hit = Assert.Single(matches[1].Hits);
        Assert.Equal("territory", hit.Span.Of(text));
        Assert.Equal("territory", hit.Keyword);
        Assert.False(hit.InContext);
    }

    [Fact]
    public void A_statement_without_keywords_matches_no_topic() =>
        Assert.Empty(Classifier.Classify("Varga said the weather in Lusk was fine."));

    [Fact]
    public void Topics_named_only_in_the_sentence_are_context_only()
    {
        const string sentence = "Asked about the border, Varga said: we will see.";
        var matches = Classifier.Classify("we will see", sentence);

        var match = Assert.Single(matches);
        Assert.True(match.ContextOnly);
        Assert.Equal("border", match.Hits[0].Span.Of(sentence));
    }

    [Fact]
    public void Longest_overlapping_keyword_of_a_topic_wins()
    {
        var topic = new WatchedTopic("T", "Proposition: x.", ["guarantee", "security guarantee"]);
        var match = Assert.Single(new TopicClassifier([topic]).Classify("a security guarantee"));
        Assert.Equal("security guarantee", Assert.Single(match.Hits).Keyword);
    }

    [Theory]
    [InlineData("ne*")]
    [InlineData("*")]
    [InlineData("peace/talks")]
    [InlineData(" ")]
    public void Invalid_keywords_are_rejected_when_building(string keyword)
    {
        var ex = Assert.Throws<ArgumentException>(() => new TopicClassifier([new WatchedTopic("T", "d", [keyword])]));
        Assert.Contains("topic 'T'", ex.Message);
    }
}
