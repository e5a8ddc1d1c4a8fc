namespace Briefing.Core.Positions.Learned;

/// <summary>What <see cref="SentimentPrior"/> read in a statement: the probability that it speaks well of what it
/// discusses, and the general evaluative words that back the reading ("harms", "not effective").
/// <see cref="OfRestriction"/>: what it discusses is a restriction of the topic's subject (<see cref="RestrictionFrame"/>).</summary>
public sealed record SentimentReading(double Positive, IReadOnlyList<string> Words, bool OfRestriction = false)
{
    public bool ReadsPositive => Positive >= 0.5;

    /// <summary>How far the reading is from a coin toss, in [0, 1].</summary>
    public double Strength => Math.Abs(2 * Positive - 1);
}

/// <summary>The zero-shot stance prior (the decomposition of Bar-Haim et al., EACL 2017): a statement's stance on a
/// proposition is the statement's sentiment toward what it discusses times the proposition's own polarity ("ban X"
/// is against X). The sentiment part does not depend on the topic, so it is learned once, across topics: a logistic
/// head on the sentence vector (all-MiniLM-L6-v2) plus general evaluative-word counts (<see cref="Evaluation"/>).
/// It is trained by <c>briefing stance-train</c> (scripts/stance/train-prior.sh) and shipped as an embedded
/// resource; a statement's vector must come from the same model it was trained on. Immutable, thread-safe.</summary>
public sealed class SentimentPrior
{
    private const string Resource = "Briefing.Core.sentiment-prior.bin";
    private const int Magic = 0x53505231; // "SPR1"
    private const int Lexical = 5;
    private static readonly Lazy<SentimentPrior?> LazyShipped = new(LoadShipped);
    private readonly LogisticHead _head;

    /// <summary>Vector length the prior was trained on (statements with other vectors get no reading).</summary>
    public int Dimensions { get; }

    private SentimentPrior(LogisticHead head, int dimensions) => (_head, Dimensions) = (head, dimensions);

    /// <summary>The prior shipped with the code (null when the build has none).</summary>
    public static SentimentPrior? Shipped => LazyShipped.Value;

    /// <summary>Trains on statements labelled positive (true) or negative about what they discuss. The vector's
    /// dimensions are held <paramref name="vectorPenalty"/> times tighter than the evaluative words: across topics the
    /// words carry most of the signal (leave-one-motion-out on the non-TEST IBM motions: 0.76 right at half
    /// coverage with vectors held 11× tighter, 0.69 with one L2 for all).</summary>
    public static SentimentPrior Train(IReadOnlyList<(float[] Vector, string Text, bool Positive)> items, double l2 = 1,
        double vectorPenalty = 11) =>
        Train([.. items.Select(i => (i.Vector, i.Text, i.Positive, false))], l2, vectorPenalty);

    /// <summary>As above; <c>OfRestriction</c>: the statement speaks of a restriction (<see cref="RestrictionFrame"/>),
    /// so its restriction words are read as its subject, as <see cref="Read"/> does with a topic's keywords.</summary>
    public static SentimentPrior Train(IReadOnlyList<(float[] Vector, string Text, bool Positive, bool OfRestriction)> items,
        double l2 = 1, double vectorPenalty = 11)
    {
        ArgumentOutOfRangeException.ThrowIfZero(items.Count);
        var x = items.Select(i => Features(i.Vector, Evaluation.Of(i.Text, i.OfRestriction))).ToList();
        var y = items.Select(i => i.Positive ? 1 : 0).ToList();
        var dimensions = items[0].Vector.Length;
        var penalty = Enumerable.Range(0, dimensions + Lexical).Select(j => j < dimensions ? vectorPenalty : 1).ToArray();
        return new SentimentPrior(LogisticHead.Train(x, y, 2, l2, iterations: 400, penalty: penalty), dimensions);
    }

    /// <summary>The reading of one statement, or null when its vector is missing or from another model. With the
    /// topic's <paramref name="keywords"/>, a statement that speaks of restricting the topic's subject is read as
    /// speaking of the restriction (<see cref="RestrictionFrame"/>).</summary>
    public SentimentReading? Read(float[]? vector, string text, IReadOnlyList<string>? keywords = null)
    {
        if (vector is null || vector.Length != Dimensions) return null;
        var ofRestriction = keywords is not null && RestrictionFrame.Names(text, keywords);
        var evaluation = Evaluation.Of(text, ofRestriction);
        return new SentimentReading(_head.Predict(Features(vector, evaluation))[1], evaluation.Words, ofRestriction);
    }

    public void Save(Stream stream)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Dimensions);
        _head.Write(writer);
    }

    public static SentimentPrior Load(Stream stream)
    {
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        if (reader.ReadInt32() != Magic) throw new InvalidDataException("not a sentiment prior");
        var dimensions = reader.ReadInt32();
        return new SentimentPrior(LogisticHead.Read(reader), dimensions);
    }

    private static SentimentPrior? LoadShipped()
    {
        using var stream = typeof(SentimentPrior).Assembly.GetManifestResourceStream(Resource);
        return stream is null ? null : Load(stream);
    }

    /// <summary>The vector, then the evaluative words: their balance (capped), its sign, how many read positive and
    /// negative, and whether a negation flipped one.</summary>
    private static float[] Features(float[] vector, (int Sum, int Count, IReadOnlyList<string> Words) evaluation)
    {
        var f = new float[vector.Length + Lexical];
        Array.Copy(vector, f, vector.Length);
        var (sum, count, words) = evaluation;
        var n = vector.Length;
        f[n] = Math.Clamp(sum, -3, 3) / 3f;
        f[n + 1] = Math.Sign(sum);
        f[n + 2] = Math.Min((count + sum) / 2, 3) / 3f;
        f[n + 3] = Math.Min((count - sum) / 2, 3) / 3f;
        f[n + 4] = words.Any(w => w.StartsWith("not ", StringComparison.Ordinal)) ? 1 : 0;
        return f;
    }
}
