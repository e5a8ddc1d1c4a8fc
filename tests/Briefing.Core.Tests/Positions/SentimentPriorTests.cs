using Briefing.Cli;
using Briefing.Core.Positions;
using Briefing.Core.Positions.Learned;
using Briefing.Core.Watchlists;
using Briefing.Embeddings;

namespace Briefing.Core.Tests.Positions;

/// <summary>The shipped zero-shot sentiment prior (trained on benchmark claims, none of them below) with the real
/// MiniLM model, on fictional statements.</summary>
public class SentimentPriorTests
{
    private static SentimentPrior Shipped => SentimentPrior.Shipped ?? throw new InvalidOperationException("no prior shipped in Briefing.Core");

    private static SentimentReading Read(SentimentPrior prior, string text) =>
        prior.Read(MiniLmEmbedder.Shared.Embed([text])[0], text) ?? throw new InvalidOperationException("no reading");

    [Theory]
    [InlineData("The Serin river bridge has made the valley safer and brought new jobs and prosperity to its towns.", true)]
    [InlineData("Free evening classes in Ostmark have helped thousands of adults find better work.", true)]
    [InlineData("The Veltrian salt levy has ruined small farmers and wasted millions of public money.", false)]
    [InlineData("The new dam on the Serin has destroyed the fisheries and forced families out of their homes.", false)]
    public void The_shipped_prior_reads_clear_praise_and_blame(string text, bool positive) =>
        Assert.Equal(positive, Read(Shipped, text).ReadsPositive);

    [Fact]
    public void A_claim_that_blames_what_a_ban_is_against_supports_the_ban_and_says_why()
    {
        var ban = new WatchedTopic("Night fishing ban", "Proposition: ban night fishing in the harbour of Serin.", ["night fishing"]);
        var engine = new StanceEngine([ban], MiniLmEmbedder.Shared);
        const string text = "Night fishing has destroyed the harbour's stocks and ruined the livelihoods of the day fishermen.";

        var outcome = engine.Judge(ban.Name, text, engine.Embed([text])[0]);

        Assert.Equal((Stance.Supports, StanceBasis.Sentiment), (outcome.Stance, outcome.Basis));
        Assert.StartsWith("reads negative", outcome.Why);
        Assert.Contains("the proposition is against what it names", outcome.Why);
        Assert.InRange(outcome.Confidence, 0.5, 0.85); // calibrated on DEV: never certain
    }

    [Fact]
    public void A_saved_prior_reads_the_same_after_loading()
    {
        var vectors = MiniLmEmbedder.Shared.Embed(["Good schools help every child.", "Smog harms every child.", "Parks make towns happier.", "Floods wreck homes."]);
        var prior = SentimentPrior.Train([(vectors[0], "Good schools help every child.", true), (vectors[1], "Smog harms every child.", false),
            (vectors[2], "Parks make towns happier.", true), (vectors[3], "Floods wreck homes.", false)]);
        using var stream = new MemoryStream();
        prior.Save(stream);
        stream.Position = 0;

        var loaded = SentimentPrior.Load(stream);

        Assert.Equal(prior.Read(vectors[1], "Smog harms every child.")!.Positive, loaded.Read(vectors[1], "Smog harms every child.")!.Positive, 12);
        Assert.Null(loaded.Read(new float[3], "a vector from another model"));
    }
}

/// <summary>`briefing stance-train` on files in a temp folder.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class StanceTrainCommandTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("stance-train-");

    public void Dispose() => _dir.Delete(recursive: true);

    private (int Code, string Error, string Out) Run(string input)
    {
        var path = Path.Combine(_dir.FullName, "in.jsonl");
        File.WriteAllText(path, input);
        var output = Path.Combine(_dir.FullName, "prior.bin");
        var error = new StringWriter();
        var old = Console.Error;
        Console.SetError(error);
        try { return (StanceTrainCommand.Run(path, output), error.ToString(), output); }
        finally { Console.SetError(old); }
    }

    [Fact]
    public void It_trains_a_prior_the_stance_command_can_load()
    {
        var (code, _, output) = Run("""
            {"text": "Clean water helps every village thrive.", "sentiment": "positive"}
            {"text": "The fire destroyed the market and ruined its traders.", "sentiment": "negative"}
            """);

        Assert.Equal(0, code);
        using var stream = File.OpenRead(output);
        Assert.Equal(384, SentimentPrior.Load(stream).Dimensions);
    }

    [Fact]
    public void A_label_toward_the_topics_keywords_trains_a_statement_of_restricting_them_the_other_way_round()
    {
        // Both say "positive" toward the harbour trade; the second speaks ill of restricting it, so the prior learns
        // both readings as they read: one positive, one negative. Without keywords both would be taught as positive.
        const string lines = """
            {"text": "The harbour trade has made Serin thrive.", "sentiment": "positive", "keywords": ["harbour trade"]}
            {"text": "Regulation of the harbour trade has ruined Serin.", "sentiment": "positive", "keywords": ["harbour trade"]}
            """;

        var (code, error, _) = Run(lines);

        Assert.Equal(0, code);
        Assert.Contains("2 statements (1 positive, 1 of a restriction)", error);
    }

    [Theory]
    [InlineData("{\"text\": \"ok\", \"sentiment\": \"positive\"}\n{\"text\": \"bad\", \"sentiment\": \"sad\"}", "line 2: 'sentiment' must be")]
    [InlineData("{\"sentiment\": \"positive\"}", "line 1: 'text' must be a string")]
    [InlineData("{\"text\": \"ok\", \"sentiment\": \"positive\"}", "needs statements of both sentiments")]
    [InlineData("{\"text\": \"ok\", \"sentiment\": \"positive\", \"keywords\": \"ok\"}", "line 1: 'keywords' must be an array of strings")]
    public void Bad_input_names_the_line_and_exits_2(string input, string expected)
    {
        var (code, error, _) = Run(input);

        Assert.Equal(2, code);
        Assert.Contains(expected, error);
    }
}
