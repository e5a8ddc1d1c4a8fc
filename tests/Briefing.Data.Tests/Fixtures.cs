using Briefing.Core.Extraction;

namespace Briefing.Data.Tests;

/// <summary>Hand-built extractions about fictional actors, so store tests do not depend on the extractor.</summary>
internal static class Fixtures
{
    public const string Text = "Veltrian Foreign Minister Aldo Varga said the talks would go on. “We will not yield,” Varga said.";

    public static ArticleExtraction VargaExtraction(SpeakerResolution resolution = SpeakerResolution.Surname, double confidence = 0.9)
    {
        var quoteStart = Text.IndexOf("We will", StringComparison.Ordinal);
        var quote = new TextSpan(quoteStart, quoteStart + "We will not yield,".Length);
        var cueStart = Text.LastIndexOf("said", StringComparison.Ordinal);
        var source = new TextSpan(Text.LastIndexOf("Varga", StringComparison.Ordinal), cueStart - 1);
        var varga = new ExtractedActor("p1", "Aldo Varga", ActorKind.Person, "Foreign Minister", "Veltria", ["Varga"],
            [new TextSpan(26, 36), source]);
        var veltria = new ExtractedActor("g1", "Veltria", ActorKind.Place, null, null, ["Veltrian"], [new TextSpan(0, 8)]);
        var statement = new ExtractedStatement([quote], quote.Of(Text), StatementKind.Direct,
            new TextSpan(cueStart, cueStart + 4), "said", source, "p1", resolution, confidence,
            new TextSpan(Text.IndexOf('“'), Text.Length));
        return new ArticleExtraction([new TextSpan(0, 64), new TextSpan(65, Text.Length)], [varga, veltria], [statement]);
    }
}
