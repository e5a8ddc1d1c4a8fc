using Briefing.Core.Positions;
using Briefing.Core.Positions.Learned;
using Briefing.Core.Watchlists;
using Briefing.Embeddings;

namespace Briefing.Core.Tests.Positions;

/// <summary>The learned layer with the real MiniLM model (loaded once per test process) on fictional topics.</summary>
public class StanceLearningTests
{
    private static readonly WatchedTopic Harbour = new("Harbour access", "Proposition: the harbour of Serin stays open to shipping.",
        ["harbour", "port of Serin"],
        Examples:
        [
            new("The harbour of Serin must stay open to every ship.", Stance.Supports),
            new("Keeping the port open is vital for Serin's fishermen and traders.", Stance.Supports),
            new("We will keep the docks of Serin open, whatever the pressure.", Stance.Supports),
            new("Open harbours bring trade, jobs and food to the coast.", Stance.Supports),
            new("The harbour must be closed to all foreign vessels at once.", Stance.Opposes),
            new("Shutting the port of Serin is the only way to stop the smuggling.", Stance.Opposes),
            new("Close the docks and seal the coast until the inquiry ends.", Stance.Opposes),
            new("Serin's port should be shut down for good.", Stance.Opposes),
            new("The weather in Veltria was mild on Tuesday.", Stance.Unclear),
            new("The football club of Ostmark won its third match.", Stance.Unclear),
        ]);

    private static StanceOutcome Judge(StanceEngine engine, string text) =>
        engine.Judge(Harbour.Name, text, engine.Embed([text])[0]);

    [Fact]
    public void A_topics_head_learns_from_its_examples_and_explains_with_the_nearest_ones()
    {
        var engine = new StanceEngine([Harbour], MiniLmEmbedder.Shared);

        var open = Judge(engine, "Ships must be free to dock in Serin's harbour.");
        var shut = Judge(engine, "Lock the harbour gates and turn every ship away.");
        var off = Judge(engine, "The Ostmark football team lost at home.");

        Assert.Equal((true, Stance.Supports, StanceBasis.Examples), (open.Addressed, open.Stance, open.Basis));
        Assert.Equal((true, Stance.Opposes), (shut.Addressed, shut.Stance));
        Assert.False(off.Addressed);
        Assert.NotEmpty(open.Nearest);
        Assert.All(open.Nearest, e => Assert.Equal(Stance.Supports, e.Stance));
        Assert.StartsWith("nearest labelled examples: “", open.Why);
        Assert.InRange(open.Confidence, 0.3, 0.9); // calibrated: never certain
    }

    [Fact]
    public void A_rebuild_from_stored_vectors_does_not_embed_again()
    {
        var counting = new CountingEmbedder(MiniLmEmbedder.Shared);
        var first = new StanceEngine([Harbour], counting);
        var embedded = counting.Texts;

        _ = new StanceEngine([Harbour], counting, exampleVectors: first.ExampleVectors().ToDictionary(kv => kv.Key, kv => kv.Value));

        var (supports, opposes) = TopicPrior.Texts(Harbour, Harbour.Description);
        // The examples, the proposition and the prior's pseudo-statements, once; the rebuild embeds only the proposition.
        Assert.Equal(Harbour.Examples!.Count + 1 + supports.Count + opposes.Count, embedded);
        Assert.Equal(embedded + 1, counting.Texts);
    }

    [Fact]
    public void A_labelled_statement_is_decided_by_its_label_even_without_vectors()
    {
        var engine = new StanceEngine([Harbour with { Examples = [new("The council will decide on the harbour in May.", Stance.Opposes)] }]);

        var outcome = engine.Judge(Harbour.Name, "The council will  decide on the harbour in May.", null);

        Assert.Equal(Stance.Opposes, outcome.Stance);
        Assert.Equal(StanceBasis.Examples, outcome.Basis);
    }

    private sealed class CountingEmbedder(ISentenceEmbedder inner) : ISentenceEmbedder
    {
        public int Texts { get; private set; }
        public int Dimensions => inner.Dimensions;

        public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
        {
            Texts += texts.Count;
            return inner.Embed(texts, cancellationToken);
        }
    }
}
