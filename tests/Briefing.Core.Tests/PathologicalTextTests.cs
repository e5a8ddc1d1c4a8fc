using System.Text;
using Briefing.Core.Extraction;

namespace Briefing.Core.Tests;

/// <summary>Finding 3 (Medium): repetitive text made extraction quadratic (one endless sentence, every cue scanning
/// all of it). The work per article is now bounded by structure; the speed curve is in the benchmark
/// (`tests/Briefing.Benchmarks -- --repetitive`), not in a timed test.</summary>
public sealed class PathologicalTextTests
{
    private static string Repeat(string[] words, int chars)
    {
        var builder = new StringBuilder();
        for (var i = 0; builder.Length < chars; i++) builder.Append(words[i % words.Length]);
        return builder.ToString();
    }

    [Fact]
    public void Text_without_punctuation_is_cut_into_sentences_of_bounded_length()
    {
        var text = Repeat(["He said ", "she said ", "they said "], 60_000);

        var extraction = new ArticleExtractor().Extract(text);

        Assert.True(extraction.Sentences.Count >= 20, $"only {extraction.Sentences.Count} sentence(s)");
        Assert.All(extraction.Sentences, s => Assert.True(s.Of(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 150));
    }

    [Fact]
    public void Many_quotes_with_many_cues_still_give_one_statement_each()
    {
        var text = Repeat(["\u201cYes,\u201d he said. ", "\u201cNo,\u201d she said. "], 20_000);

        var extraction = new ArticleExtractor().Extract(text);

        var quotes = text.Split('\u201c').Length - 1;
        Assert.InRange(extraction.Statements.Count, quotes * 9 / 10, quotes);
        Assert.All(extraction.Statements, s => Assert.Equal(StatementKind.Direct, s.Kind));
    }

    [Fact]
    public void Extraction_stops_when_its_time_budget_is_cancelled()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() =>
            new ArticleExtractor().Extract("Veltrian Foreign Minister Aldo Varga said the port would reopen.", cancelled.Token));
    }
}
