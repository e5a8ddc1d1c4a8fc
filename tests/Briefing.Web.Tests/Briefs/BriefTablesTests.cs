using Briefing.Core.Positions;
using Briefing.Data.Actors;
using Briefing.Data.Briefs;
using Briefing.Data.Inbox;
using Briefing.Data.Topics;
using Briefing.Web.Briefs;
using ClosedXML.Excel;

namespace Briefing.Web.Tests.Briefs;

/// <summary>The table exports on a hand-made brief: text that a spreadsheet would run as a formula stays text.</summary>
public sealed class BriefTablesTests
{
    private static readonly Uri App = new("http://briefing.test/");

    private static Brief BriefWith(string text) => new(
        "Brief", DateTimeOffset.UtcNow, null, BriefFilter.Empty, [], [], [], [], [], [],
        [
            new BriefStatement("a1-1", "a1", new ActorRef("mira-castell", "Mira Castell"), "Port director", text, "direct", 0.9,
                new DateTimeOffset(2025, 2, 14, 9, 0, 0, TimeSpan.Zero), "Serin port", "https://wire.example/a1", "Test Wire",
                [new BriefStance(new TopicRef("harbour-access", "Harbour access"), Stance.Opposes, 0.8)],
                [new CarriedBy("Harbour Daily", "https://daily.example/a1", "Serin port")]),
        ],
        Truncated: false);

    [Fact]
    public void A_csv_cell_starting_with_a_formula_character_is_escaped()
    {
        var csv = BriefTables.Csv(BriefWith("=HYPERLINK(\"http://evil.example\",\"x\")"), App);
        var row = csv.Split("\r\n")[1];
        Assert.DoesNotContain(",=HYPERLINK", row);
        Assert.DoesNotContain(",\"=HYPERLINK", row);
        Assert.Contains("HYPERLINK", row);
        Assert.Contains("Harbour Daily <https://daily.example/a1>", row);
        Assert.Contains("http://briefing.test/articles/a1#a1-1", row);
    }

    [Fact]
    public void An_excel_cell_starting_with_equals_is_text_not_a_formula()
    {
        using var book = new XLWorkbook(new MemoryStream(BriefTables.Excel(BriefWith("=1+1"), App)));
        var cell = book.Worksheet("Statements").Cell(2, 4);
        Assert.False(cell.HasFormula);
        Assert.Equal("=1+1", cell.GetString());
        Assert.Equal("opposes", book.Worksheet("Statements").Cell(2, 7).GetString());
    }
}
