using Briefing.Core.Positions;
using Briefing.Data.Actors;
using Briefing.Data.Briefs;
using Briefing.Data.Inbox;
using Briefing.Data.Topics;
using Briefing.Web.Briefs;
using Briefing.Web.Components.Pages.Brief;
using Bunit;

namespace Briefing.Web.Tests.Briefs;

/// <summary>A brief is a document someone sends on: a speaker who is more likely wrong than right (carried over from
/// an earlier paragraph) is marked as unconfirmed wherever the brief names it.</summary>
public sealed class BriefGuessedSpeakerTests : BunitContext
{
    private static readonly Uri App = new("http://briefing.test/");

    private static BriefStatement Statement(string id, double speakerConfidence) =>
        new(id, "a1", new ActorRef("mira-castell", "Mira Castell"), "Port director", $"Quote {id}", "direct", speakerConfidence,
            new DateTimeOffset(2025, 2, 14, 9, 0, 0, TimeSpan.Zero), "Serin port", "https://wire.example/a1", "Test Wire",
            [new BriefStance(new TopicRef("harbour-access", "Harbour access"), Stance.Opposes, 0.8)], []);

    [Fact]
    public void The_markdown_brief_marks_only_the_guessed_speaker()
    {
        var brief = new Brief("Brief", DateTimeOffset.UtcNow, null, BriefFilter.Empty, [], [], [], [], [], [],
            [Statement("sure", 0.97), Statement("guess", 0.35)], Truncated: false);

        var lines = BriefMarkdown.Render(brief, App).Split('\n');

        var guess = Array.FindIndex(lines, l => l.Contains("> Quote guess"));
        var sure = Array.FindIndex(lines, l => l.Contains("> Quote sure"));
        Assert.Contains("_speaker unconfirmed_", lines[guess - 1]);
        Assert.DoesNotContain("unconfirmed", lines[sure - 1]);
    }

    [Fact]
    public void The_page_marks_the_guessed_speaker_beside_the_quote()
    {
        var guess = Render<BriefQuote>(p => p.Add(x => x.Statement, Statement("guess", 0.35)).Add(x => x.ShowSpeaker, true));
        Assert.Equal("Mira Castell", guess.Find(".brief-speaker").TextContent);
        Assert.Contains("speaker unconfirmed", guess.Find(".brief-guess").TextContent);

        var sure = Render<BriefQuote>(p => p.Add(x => x.Statement, Statement("sure", 0.97)).Add(x => x.ShowSpeaker, true));
        Assert.Empty(sure.FindAll(".brief-guess"));
    }
}
