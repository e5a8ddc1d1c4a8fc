using System.Text.Json;
using Briefing.Core.Extraction;

namespace Briefing.Core.Tests;

/// <summary>Properties over the real dev articles (skipped when ../shared/data is absent).</summary>
public sealed class PolnearDataTests
{
    [PolnearFact]
    public void Dev_articles_extract_with_valid_offsets_and_keys()
    {
        var extractor = new ArticleExtractor();
        var files = Directory.GetFiles(Path.Combine(RepoPaths.SharedData, "dev"), "*.json")
            .Where(f => !Path.GetFileName(f).StartsWith("prepare_stats", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(files);
        var statements = 0;
        foreach (var f in files)
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(f));
            var text = doc.RootElement.GetProperty("text").GetString()!;
            var x = extractor.Extract(text);
            Assert.Equal(x.Actors.Count, x.Actors.Select(a => a.Key).Distinct().Count());
            foreach (var s in x.Statements)
            {
                Assert.All(s.Content, c => Assert.True(c.Start >= 0 && c.End <= text.Length && c.Start < c.End));
                Assert.True(s.SpeakerKey is null || x.Actors.Any(a => a.Key == s.SpeakerKey));
                Assert.InRange(s.Confidence, 0, 1);
            }
            statements += x.Statements.Count;
        }
        Assert.True(statements > files.Length * 5, $"only {statements} statements in {files.Length} articles");
    }
}
