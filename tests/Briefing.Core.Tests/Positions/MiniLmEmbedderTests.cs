using Briefing.Embeddings;

namespace Briefing.Core.Tests.Positions;

/// <summary>The embedder batches texts by length (the encoder pads a batch to its longest text): each vector must come
/// back in the caller's order and equal the text's vector embedded alone.</summary>
public class MiniLmEmbedderTests
{
    [Fact]
    public void Vectors_come_back_in_the_order_given_and_do_not_depend_on_the_batch()
    {
        string[] texts =
        [
            "The council of Ostmark met for a long session on Tuesday evening to weigh the ferry budget, the harbour dues and the new tramway that the mayor has promised for years.",
            "Ferries run late.",
            "",
            "Vell rejects the levy.",
            "The tramway plan, Roe said, will be ready by spring.",
        ];
        var batched = MiniLmEmbedder.Shared.Embed(texts);

        Assert.Equal(texts.Length, batched.Length);
        for (var i = 0; i < texts.Length; i++)
        {
            var alone = MiniLmEmbedder.Shared.Embed([texts[i]])[0];
            AssertSame(alone, batched[i]);
        }
        Assert.True(Distance(batched[1], batched[3]) > 0.1f, "different texts, different vectors");
    }

    [Fact]
    public void More_texts_than_one_batch_keep_their_order()
    {
        var texts = Enumerable.Range(0, 150).Select(i => i % 3 == 0 ? $"Dock {i} of Serin opens at {i} o'clock, the harbour master said on the radio." : $"Dock {i}.").ToArray();
        var batched = MiniLmEmbedder.Shared.Embed(texts);

        foreach (var i in new[] { 0, 1, 64, 99, 149 })
        {
            AssertSame(MiniLmEmbedder.Shared.Embed([texts[i]])[0], batched[i]);
        }
    }

    // Equal up to float rounding: on this machine they are bit-identical, but another CPU's kernels may sum in
    // another order for another batch shape.
    private static void AssertSame(float[] expected, float[] actual) =>
        Assert.True(Distance(expected, actual) < 1e-4f, $"vectors differ by {Distance(expected, actual)}");

    private static float Distance(float[] a, float[] b) => a.Zip(b, (x, y) => Math.Abs(x - y)).Max();
}
