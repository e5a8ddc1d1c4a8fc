using Briefing.Core.Positions;
using Briefing.Core.Positions.Learned;
using Briefing.Core.Positions.Text;
using Briefing.Core.Watchlists;
using Briefing.Embeddings;

namespace Briefing.Core.Tests.Positions;

/// <summary>Relevance for topics written from a proposition alone (no examples): a statement that plainly discusses
/// the subject is found without naming a keyword, and sentences on other subjects stay out. Fictional texts.</summary>
public class TopicRelevanceTests
{
    private static readonly WatchedTopic Ferries = new("Subsidize the island ferries",
        "Proposition: The state should subsidize the ferries to the Marrow islands.", ["subsidize", "ferries", "Marrow islands"]);

    [Theory]
    [InlineData("subsidies", "subsidize")]
    [InlineData("subsidized", "subsidize")]
    [InlineData("contraceptive", "contraception")]
    [InlineData("regulations", "regulation")]
    [InlineData("Harbour's", "harbours")]
    public void Related_forms_share_a_stem(string a, string b) => Assert.Equal(Stemmer.Stem(b), Stemmer.Stem(a));

    [Theory]
    [InlineData("free", "freight")]
    [InlineData("market", "marine")]
    [InlineData("use", "user")]
    public void Different_words_keep_different_stems(string a, string b) => Assert.NotEqual(Stemmer.Stem(a), Stemmer.Stem(b));

    [Fact]
    public void A_shared_stem_counts_only_when_the_meaning_is_loosely_near_too()
    {
        var relevance = new TopicRelevance(Ferries, threshold: 0.25);

        Assert.True(relevance.SharesStem("Public subsidies keep the crossings cheap."));
        Assert.False(relevance.SharesStem("The crossings were cheap last summer."));
        Assert.True(relevance.Addressed("Public subsidies keep the crossings cheap.", cosine: 0.16));
        Assert.False(relevance.Addressed("Public subsidies keep the crossings cheap.", cosine: 0.05)); // a stem alone is not enough
        Assert.False(relevance.Addressed("The crossings were cheap last summer.", cosine: 0.2));
        Assert.True(relevance.Addressed("The crossings were cheap last summer.", cosine: 0.25));
    }

    [Fact]
    public void Function_words_of_a_keyword_are_no_subject()
    {
        var relevance = new TopicRelevance(Ferries with { Keywords = ["the use of ferries"] }, threshold: 0.25);

        Assert.False(relevance.SharesStem("The use of the new road was free."));
        Assert.True(relevance.SharesStem("A ferry left at dawn."));
    }

    [Fact]
    public void Without_examples_a_statement_on_the_subject_is_judged_and_one_on_another_subject_is_not()
    {
        var engine = new StanceEngine([Ferries], MiniLmEmbedder.Shared);
        StanceOutcome Judge(string text) => engine.Judge(Ferries.Name, text, engine.Embed([text])[0]);

        // Neither names a keyword: the first is about the crossings to the islands, the second about something else.
        var about = Judge("Cheap boat crossings are the only lifeline the island villages have.");
        var other = Judge("The Ostmark football club sold its stadium to a hotel chain.");

        Assert.True(about.Addressed);
        Assert.InRange(about.Relevance, 0.25, 1);
        Assert.Equal(StanceBasis.Sentiment, about.Basis);
        Assert.False(other.Addressed);
        Assert.InRange(other.Relevance, -1, 0.25);
    }

    [Fact]
    public void In_the_apps_setting_a_definite_generic_cue_stands_and_the_prior_fills_silence()
    {
        var topic = new WatchedTopic("Harbour access", "Proposition: the harbour of Serin stays open to shipping.", ["harbour"]);
        var appLike = new StanceEngine([topic], MiniLmEmbedder.Shared, new StanceEngineOptions { PriorOverCues = false });
        var benchmark = new StanceEngine([topic], MiniLmEmbedder.Shared);
        const string cued = "Minister Varga rejected keeping the harbour open.";
        const string silent = "The harbour has been a disaster for the town, a ruinous waste of money.";
        var cuedVector = appLike.Embed([cued])[0];
        var silentVector = appLike.Embed([silent])[0];

        var cue = appLike.Judge(topic.Name, cued, cuedVector);
        Assert.Equal(StanceBasis.Cues, cue.Basis);
        Assert.Equal(benchmark.Prior.Analyze(cued).Single().Judgement.Stance, cue.Stance);
        Assert.Equal(StanceBasis.Sentiment, benchmark.Judge(topic.Name, cued, cuedVector).Basis);

        var filled = appLike.Judge(topic.Name, silent, silentVector);
        Assert.Equal((StanceBasis.Sentiment, Stance.Opposes), (filled.Basis, filled.Stance));
    }

    [Fact]
    public void Among_topics_of_one_field_a_statement_found_by_meaning_joins_only_the_nearest()
    {
        var fares = new WatchedTopic("Ferry fares", "Proposition: Ferry fares to the Marrow islands should be cut.", ["fares"]);
        var engine = new StanceEngine([Ferries, fares], MiniLmEmbedder.Shared);
        const string text = "Island families cannot afford the crossing to the mainland any more; the price has doubled.";
        var vector = engine.Embed([text])[0];

        var all = engine.JudgeAll(text, vector);
        var each = new[] { Ferries, fares }.Select(t => engine.Judge(t.Name, text, vector)).ToList();

        // Asked topic by topic (the benchmark), both are near enough; watched together, only the nearer takes it.
        Assert.All(each, o => Assert.True(o.Addressed));
        var nearest = each.MaxBy(o => o.Relevance)!;
        Assert.Equal(nearest.Topic, Assert.Single(all).Topic);
    }
}
