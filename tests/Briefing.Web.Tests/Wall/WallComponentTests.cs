using Briefing.Web.Live;
using Briefing.Web.Wall;
using Bunit;

namespace Briefing.Web.Tests.Wall;

public sealed class WallComponentTests : WallTestContext
{
    [Fact]
    public void The_wall_shows_stored_quotes_with_speaker_role_outlet_and_its_configuration()
    {
        CommitQuote("Veltria keeps the harbour open", "Aldo Varga", "We will not close the harbour of Serin.", "Foreign Minister");
        var cut = RenderWall("?pin=quotes&theme=light");

        var card = cut.Find("#wall-quotes .wq");
        Assert.Contains("“We will not close the harbour of Serin.”", card.QuerySelector(".wq-text")!.TextContent);
        Assert.Equal("Aldo Varga", card.QuerySelector(".wq-speaker")!.TextContent);
        Assert.Equal("Foreign Minister", card.QuerySelector(".wq-role")!.TextContent);
        Assert.Equal("Test Wire", card.QuerySelector(".wq-outlet")!.TextContent);
        var wall = cut.Find(".wall");
        Assert.Equal("light", wall.GetAttribute("data-theme"));
        Assert.Equal("quotes", wall.GetAttribute("data-panel"));
        Assert.Equal(WallConfig.Parse("?pin=quotes&theme=light").ToQuery(), wall.GetAttribute("data-config"));
    }

    [Fact]
    public async Task A_guessed_speaker_is_not_named_on_the_wall_unless_the_screen_asks_for_it()
    {
        CommitQuote("Carried over", "Aldo Varga", "Nobody has seen other figures.", "Foreign Minister",
            resolution: Briefing.Core.Extraction.SpeakerResolution.EarlierParagraph, confidence: 0.35);
        var cut = RenderWall("?pin=quotes");
        var speaker = cut.Find("#wall-quotes .wq-speaker");
        Assert.Equal("Speaker unconfirmed", speaker.TextContent);
        Assert.Contains("is-unconfirmed", speaker.ClassName);
        Assert.Empty(cut.FindAll("#wall-quotes .wq-role"));

        await PublishAsync(CommitQuote("Named", "Ines Okafor", "The harbour stays open."));
        cut.WaitForAssertion(() => Assert.Equal("Ines Okafor", cut.Find(".wq-hero .wq-speaker").TextContent));

        var everyone = RenderWall("?pin=quotes&speaker=0");
        Assert.Contains(everyone.FindAll("#wall-quotes .wq-speaker"), s => s.TextContent == "Aldo Varga");
    }

    [Fact]
    public async Task The_quote_stream_shows_quotes_not_reported_speech()
    {
        CommitQuote("Older", "Aldo Varga", "the harbour talks would go on", kind: Briefing.Core.Extraction.StatementKind.Indirect);
        var cut = RenderWall("?pin=quotes");
        Assert.Empty(cut.FindAll("#wall-quotes .wq"));

        await PublishAsync(CommitQuote("Later", "Aldo Varga", "the port stays shut", kind: Briefing.Core.Extraction.StatementKind.Indirect));
        await PublishAsync(CommitQuote("Latest", "Aldo Varga", "We will not close the harbour."));

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("#wall-quotes .wq")));
        Assert.Contains("We will not close the harbour.", cut.Find(".wq-hero").TextContent);
    }

    [Fact]
    public async Task Live_quotes_arrive_highlighted_and_the_wall_keeps_at_most_max_items_in_state_and_dom()
    {
        var cut = RenderWall("?pin=quotes&max=5");
        for (var i = 0; i < 60; i++) await PublishAsync(CommitQuote($"Article {i}", "Mara Lindqvist", $"Quote number {i}."));

        cut.WaitForAssertion(() => Assert.Contains("Quote number 59.", cut.Find(".wq-hero").TextContent));
        Assert.Equal(5, cut.FindAll("#wall-quotes .wq").Count);
        Assert.All(cut.FindAll("#wall-quotes .wq"), card => Assert.Contains("is-new", card.ClassName));
        Assert.Equal("60", cut.Find("#wall-status").GetAttribute("data-seq"));

        Clock.Advance(Briefing.Web.Components.Pages.Wall.Wall.Highlight);
        await cut.InvokeAsync(() => cut.Instance.Tick());
        cut.WaitForAssertion(() => Assert.DoesNotContain(cut.FindAll("#wall-quotes .wq"), card => card.ClassName!.Contains("is-new")));
    }

    [Fact]
    public async Task An_urgent_statement_takes_over_and_the_rotation_resumes_after_the_flash_time()
    {
        var cut = RenderWall("?panels=quotes,articles&rotate=30&flash=10&urgent=embargo");
        await PublishAsync(CommitQuote("Embargo talk", "Tomas Reyes", "An embargo would hurt our own farmers."));

        cut.WaitForAssertion(() => Assert.Equal("on", cut.Find(".wall").GetAttribute("data-flash")));
        Assert.Contains("Urgent: embargo", cut.Find("#wall-flash .wf-reason").TextContent);
        Assert.Contains("An embargo would hurt our own farmers.", cut.Find("#wall-flash .wf-text").TextContent);

        Clock.Advance(TimeSpan.FromSeconds(10));
        await cut.InvokeAsync(() => cut.Instance.Tick());
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("#wall-flash")));
        Assert.Equal("quotes", cut.Find(".wall").GetAttribute("data-panel"));
        Clock.Advance(TimeSpan.FromSeconds(30));
        await cut.InvokeAsync(() => cut.Instance.Tick());
        cut.WaitForAssertion(() => Assert.Equal("articles", cut.Find(".wall").GetAttribute("data-panel")));
    }

    [Fact]
    public async Task A_position_shift_of_a_pinned_actor_flashes_with_what_it_was_before()
    {
        var cut = RenderWall("?pin=quotes&actors=Aldo Varga");
        var shift = WallLogicTests.Position("Aldo Varga", "Defence spending", "opposes", shiftedFrom: "supports");
        await Notifier.PublishAsync(new PositionChanged(shift, Shift: true));

        cut.WaitForAssertion(() => Assert.Contains("Position shift", cut.Find("#wall-flash .wf-reason").TextContent));
        var text = cut.Find("#wall-flash").TextContent;
        Assert.Contains("Aldo Varga", text);
        Assert.Contains("opposes", text);
        Assert.Contains("Defence spending", text);
        Assert.Contains("was supports", text);
    }

    [Fact]
    public void Article_text_is_encoded_never_markup()
    {
        CommitQuote("<b>bold</b> title", "<script>x</script>Varga", "<img src=x onerror=alert(1)> said nothing");
        var cut = RenderWall("?pin=quotes");
        Assert.Empty(cut.FindAll(".wall img, .wall script, .wall b"));
        Assert.Contains("<img src=x onerror=alert(1)>", cut.Find(".wq-text").TextContent);
        Assert.Contains("&lt;img", cut.Markup);
    }

    [Fact]
    public void The_most_active_panel_counts_statements_per_speaker_in_the_window()
    {
        CommitQuote("a", "Ana Brel", "One.", "Fisheries Minister");
        CommitQuote("b", "Ana Brel", "Two.", "Fisheries Minister");
        CommitQuote("c", "Jonas Pell", "Three.");
        var cut = RenderWall("?pin=actors&hours=2");

        var rows = cut.FindAll(".wact");
        Assert.Equal(["Ana Brel", "Jonas Pell"], rows.Select(r => r.QuerySelector(".wact-name")!.TextContent));
        Assert.Equal(["2", "1"], rows.Select(r => r.QuerySelector(".wact-count")!.TextContent));
        Assert.Contains("last 2 hours", cut.Find(".wact-window").TextContent);
    }

    [Fact]
    public async Task A_curated_statement_is_corrected_in_place_and_a_rejected_one_leaves_the_wall()
    {
        var kept = CommitQuote("a", "Ana Brel", "Quotas will be reviewed.").Statements[0];
        var rejected = CommitQuote("b", "Jonas Pell", "The cranes stop on Monday.").Statements[0];
        var cut = RenderWall("?pin=quotes");

        await Notifier.PublishAsync(new StatementCurated(kept.Id, kept with { Speaker = new Data.Actors.ActorRef("x", "Elin Sato") }));
        await Notifier.PublishAsync(new StatementCurated(rejected.Id, null));

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("#wall-quotes .wq")));
        Assert.Equal("Elin Sato", cut.Find(".wq-speaker").TextContent);
        Assert.Equal("Test Wire", cut.Find(".wq-outlet").TextContent);
    }
}
