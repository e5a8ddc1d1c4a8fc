using Briefing.Cli;
using Briefing.Core.Extraction;

namespace Briefing.Core.Tests;

public sealed class PredictionFormatTests
{
    [Fact]
    public void Predictions_round_trip_with_offsets_pointing_at_the_right_text()
    {
        const string text = "Bridge\n\u201cThe bridge opens in June,\u201d said Engineer Hollis Wrenfield. Wrenfield added that tolls would be low.";
        var x = new ArticleExtractor().Extract(text);
        var json = System.Text.Encoding.UTF8.GetString(Predictions.ToJson("bridge", x));
        var quotes = Predictions.Read(json);
        Assert.Equal(2, quotes.Count);
        Assert.Equal("\u201cThe bridge opens in June,\u201d", quotes[0].Content[0].Of(text));
        Assert.Equal("Hollis Wrenfield", quotes[0].Speaker);
        Assert.Equal("said", quotes[0].Cue[0].Of(text));
        Assert.Equal("that tolls would be low", quotes[1].Content[0].Of(text));
        Assert.Equal("Wrenfield", quotes[1].Source[0].Of(text));
        Assert.Equal("Hollis Wrenfield", quotes[1].Speaker);
    }

    [Fact]
    public void The_extract_command_writes_one_file_per_article()
    {
        var dir = Directory.CreateTempSubdirectory("briefing-extract-");
        try
        {
            var input = Directory.CreateDirectory(Path.Combine(dir.FullName, "in"));
            File.WriteAllText(Path.Combine(input.FullName, "a.txt"), "Title\nPim Sorrowgate said the canal was open.");
            File.WriteAllText(Path.Combine(input.FullName, "b.json"), "{\"id\":\"bee\",\"text\":\"Title\\nOdile Brannock said the ferry was late.\",\"other\":1}");
            var output = Path.Combine(dir.FullName, "out");
            Assert.Equal(0, ExtractCommand.Run(input.FullName, output, null));
            Assert.Equal("Pim Sorrowgate", Assert.Single(Predictions.Read(File.ReadAllText(Path.Combine(output, "a.json")))).Speaker);
            Assert.Equal("Odile Brannock", Assert.Single(Predictions.Read(File.ReadAllText(Path.Combine(output, "bee.json")))).Speaker);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
