using Briefing.Core.Positions;
using Briefing.Web.Components.Pages.Positions;
using Briefing.Web.Live;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Web.Tests.Positions;

public sealed class PositionsPageTests : PositionsTestContext
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    private readonly string _harbour;
    private readonly string _grain;

    public PositionsPageTests()
    {
        _harbour = AddTopic("Harbour access", "the harbour of Serin stays open", "harbour", "port of Serin");
        _grain = AddTopic("Grain corridor", "the grain corridor through Veltria reopens", "grain corridor");
    }

    private IRenderedComponent<PositionsPage> RenderAt(string url)
    {
        Services.GetRequiredService<BunitNavigationManager>().NavigateTo(url);
        return Render<PositionsPage>();
    }

    private static string Cell(string actorId, string topicId) => $"td.pos-cell[data-actor='{actorId}'][data-topic='{topicId}']";

    [Fact]
    public void The_matrix_shows_each_actors_stance_on_each_topic_from_stored_positions()
    {
        CommitStance("Aldo Varga", "We will not close the harbour", _harbour, Stance.Supports, Now.AddHours(-5));
        CommitStance("Mira Ostrander", "The harbour must be shut", _harbour, Stance.Opposes, Now.AddHours(-4));
        CommitStance("Mira Ostrander", "The corridor is a matter of time, or not", _grain, Stance.Mixed, Now.AddHours(-3));

        var page = RenderAt("/positions");

        Assert.Equal("supports", page.Find(Cell("aldo-varga", _harbour)).GetAttribute("data-stance"));
        Assert.Equal("opposes", page.Find(Cell("mira-ostrander", _harbour)).GetAttribute("data-stance"));
        Assert.Equal("mixed", page.Find(Cell("mira-ostrander", _grain)).GetAttribute("data-stance"));
        Assert.Contains("no-position", page.Find(Cell("aldo-varga", _grain)).ClassName);
        Assert.Equal("Opposes", page.Find(Cell("mira-ostrander", _harbour) + " .stance-chip").TextContent);
        Assert.Empty(page.FindAll(".shift-badge:not(.legend)"));
        Assert.Contains("3 positions", page.Find("#positions-count").TextContent);
    }

    [Fact]
    public void With_no_positions_yet_the_page_says_so_with_a_hint()
    {
        var page = RenderAt("/positions");

        Assert.Contains("No positions yet", page.Find("#no-positions").TextContent);
        Assert.Empty(page.FindAll(".position-matrix"));
    }

    [Fact]
    public void Filters_from_the_url_are_applied_and_unknown_actors_are_ignored_with_a_note()
    {
        CommitStance("Aldo Varga", "We will not close the harbour", _harbour, Stance.Supports, Now.AddHours(-5));
        CommitStance("Mira Ostrander", "The harbour must be shut", _harbour, Stance.Opposes, Now.AddHours(-4));

        var page = RenderAt("/positions?actors=aldo-varga,nobody-at-all&topics=harbour-access");

        Assert.Single(page.FindAll("td.pos-cell"));
        Assert.NotNull(page.Find(Cell("aldo-varga", _harbour)));
        Assert.Contains("nobody-at-all", page.Find("#unknown-filters").TextContent);
        Assert.Equal("Aldo Varga", page.Find("#selected-actors .selected-actor").TextContent.Trim());
    }

    [Fact]
    public void An_actor_can_be_named_by_alias_or_name_in_the_url()
    {
        CommitStance("Aldo Varga", "We will not close the harbour", _harbour, Stance.Supports, Now.AddHours(-5));

        var page = RenderAt("/positions?actors=Aldo%20Varga");

        Assert.NotNull(page.Find(Cell("aldo-varga", _harbour)));
        Assert.Empty(page.FindAll("#unknown-filters"));
    }

    [Fact]
    public void The_stance_and_time_filters_narrow_the_matrix()
    {
        CommitStance("Aldo Varga", "We will not close the harbour", _harbour, Stance.Supports, Now.AddDays(-20));
        CommitStance("Mira Ostrander", "The harbour must be shut", _harbour, Stance.Opposes, Now.AddHours(-4));

        Assert.Single(RenderAt("/positions?stance=opposes").FindAll("td.pos-cell:not(.no-position)"));
        Assert.Single(RenderAt("/positions?since=7d").FindAll("td.pos-cell:not(.no-position)"));
        Assert.Contains("No positions match", RenderAt("/positions?stance=mixed").Find("#no-matches").TextContent);
    }

    [Fact]
    public async Task A_live_shift_highlights_the_cell_and_the_filters_stay_as_set()
    {
        CommitStance("Aldo Varga", "We will not close the harbour", _harbour, Stance.Supports, Now.AddDays(-3));
        CommitStance("Mira Ostrander", "The harbour must be shut", _harbour, Stance.Opposes, Now.AddDays(-2));
        const string url = "http://localhost/positions?actors=aldo-varga&topics=harbour-access&since=30d";
        var page = RenderAt(url);
        var navigation = Services.GetRequiredService<BunitNavigationManager>();
        var historyBefore = navigation.History.Count;
        Assert.DoesNotContain("is-shift", page.Find(Cell("aldo-varga", _harbour)).ClassName);

        var reversal = CommitStance("Aldo Varga", "The harbour will be closed", _harbour, Stance.Opposes, Now);
        Assert.True(reversal.Positions.Single().Shift);
        await PublishChangesAsync(reversal);
        await PublishChangesAsync(CommitStance("Mira Ostrander", "Shut it now", _harbour, Stance.Opposes, Now));

        page.WaitForAssertion(() =>
        {
            var cell = page.Find(Cell("aldo-varga", _harbour));
            Assert.Equal("opposes", cell.GetAttribute("data-stance"));
            Assert.Contains("is-shift", cell.ClassName);
            Assert.Equal("SHIFT: was supports", cell.QuerySelector(".shift-badge")!.TextContent);
        });
        Assert.Equal(url, navigation.Uri);
        Assert.Equal(historyBefore, navigation.History.Count);
        Assert.Empty(page.FindAll("[data-actor='mira-ostrander']")); // outside the actor filter
        Assert.Equal("Aldo Varga", page.Find("#selected-actors .selected-actor").TextContent.Trim());
    }

    [Fact]
    public async Task A_new_position_arriving_live_adds_its_row_and_column_in_place()
    {
        CommitStance("Aldo Varga", "We will not close the harbour", _harbour, Stance.Supports, Now.AddHours(-5));
        var page = RenderAt("/positions");
        Assert.Empty(page.FindAll(Cell("mira-ostrander", _grain)));

        await PublishChangesAsync(CommitStance("Mira Ostrander", "The corridor must reopen", _grain, Stance.Supports, Now));

        page.WaitForAssertion(() =>
        {
            var cell = page.Find(Cell("mira-ostrander", _grain));
            Assert.Equal("supports", cell.GetAttribute("data-stance"));
            Assert.Contains("is-new", cell.ClassName);
        });
        Assert.Equal("supports", page.Find(Cell("aldo-varga", _harbour)).GetAttribute("data-stance"));
    }

    [Fact]
    public async Task Past_eighty_actors_the_matrix_shows_the_busiest_and_still_counts_every_position()
    {
        for (var i = 0; i < 82; i++) CommitStance($"Envoy{i:00} Vantorr", "The harbour stays open", _harbour, Stance.Supports, Now.AddHours(-9));
        CommitStance("Envoy81 Vantorr", "The corridor must reopen", _grain, Stance.Supports, Now.AddHours(-8));

        var page = RenderAt("/positions");

        Assert.Contains("83 positions", page.Find("#positions-count").TextContent);
        var shown = page.FindAll("td.pos-cell").Select(td => td.GetAttribute("data-actor")).Distinct().ToList();
        Assert.Equal(80, shown.Count);
        Assert.Contains("envoy81-vantorr", shown); // two positions: the busiest comes first
        Assert.DoesNotContain("envoy80-vantorr", shown); // then by name, 79 more
        Assert.Equal("supports", page.Find(Cell("envoy81-vantorr", _grain)).GetAttribute("data-stance"));

        // A position of an actor out of sight arrives: it is not shown, but it is counted.
        await PublishChangesAsync(CommitStance("Envoy80 Vantorr", "The corridor must reopen", _grain, Stance.Opposes, Now));
        page.WaitForAssertion(() => Assert.Contains("84 positions", page.Find("#positions-count").TextContent));
        Assert.Empty(page.FindAll(Cell("envoy80-vantorr", _grain)));
    }

    [Fact]
    public void Clicking_a_cell_lists_its_evidence_newest_first_linked_to_the_sentence()
    {
        var older = CommitStance("Aldo Varga", "We will not close the harbour", _harbour, Stance.Supports, Now.AddDays(-3),
            title: "Veltria keeps the harbour open");
        var newer = CommitStance("Aldo Varga", "The harbour will be closed", _harbour, Stance.Opposes, Now.AddHours(-1),
            confidence: 0.72, cues: ["closed"], title: "Varga reverses on Serin");
        var page = RenderAt("/positions");

        page.Find(Cell("aldo-varga", _harbour) + " button").Click();

        Assert.Contains("is-selected", page.Find(Cell("aldo-varga", _harbour)).ClassName);

        var items = page.FindAll("#evidence .evidence-item");
        Assert.Equal(2, items.Count);
        Assert.Equal("The harbour will be closed", items[0].QuerySelector(".evidence-text")!.TextContent);
        Assert.Contains("68%", items[0].TextContent); // the stance's 72% × the speaker's 95%: both must hold
        Assert.Equal("closed", items[0].QuerySelector(".cue-word")!.TextContent);
        var link = items[0].QuerySelector("a.evidence-article")!;
        Assert.Equal("Varga reverses on Serin", link.TextContent);
        Assert.Equal($"articles/{newer.Article.Id}#{newer.Statements[0].Id}", link.GetAttribute("href"));
        Assert.Equal($"articles/{older.Article.Id}#{older.Statements[0].Id}", items[1].QuerySelector("a.evidence-article")!.GetAttribute("href"));
        Assert.Contains("Shifted from", page.Find("#evidence .evidence-shift").TextContent);
    }

    [Fact]
    public void Compare_puts_the_actors_side_by_side_with_each_summary()
    {
        CommitStance("Aldo Varga", "We will not close the harbour", _harbour, Stance.Supports, Now.AddHours(-5));
        CommitStance("Mira Ostrander", "The harbour must be shut", _harbour, Stance.Opposes, Now.AddHours(-4));

        var page = RenderAt("/positions?actors=aldo-varga,mira-ostrander&compare=1");

        Assert.Equal(["aldo-varga", "mira-ostrander"], page.FindAll(".position-matrix thead th[data-actor]").Select(th => th.GetAttribute("data-actor")));
        Assert.Equal(_harbour, page.Find(".position-matrix tbody th.row-head").GetAttribute("data-topic"));
        Assert.Contains("We will not close the harbour", page.Find(Cell("aldo-varga", _harbour) + " .cell-summary").TextContent);
        Assert.Empty(page.FindAll("#compare-hint"));
    }

    [Fact]
    public void Removing_an_actor_rewrites_the_url_in_place()
    {
        CommitStance("Aldo Varga", "We will not close the harbour", _harbour, Stance.Supports, Now.AddHours(-5));
        CommitStance("Mira Ostrander", "The harbour must be shut", _harbour, Stance.Opposes, Now.AddHours(-4));
        var page = RenderAt("/positions?actors=aldo-varga,mira-ostrander&stance=opposes");
        var navigation = Services.GetRequiredService<BunitNavigationManager>();

        page.Find("#selected-actors .selected-actor[data-actor='aldo-varga'] .mud-chip-close-button").Click();

        Assert.EndsWith("/positions?actors=mira-ostrander&stance=opposes", navigation.Uri);
        Assert.True(navigation.History.First().Options.ReplaceHistoryEntry);
        Assert.Single(page.FindAll("#selected-actors .selected-actor"));
    }

    [Fact]
    public async Task A_topic_rebuild_reloads_the_matrix_and_keeps_the_filters()
    {
        CommitStance("Aldo Varga", "We will not close the harbour", _harbour, Stance.Supports, Now.AddHours(-5));
        const string url = "http://localhost/positions?actors=aldo-varga";
        var page = RenderAt(url);

        Topics.Delete(_harbour);
        Positions.ReplaceAll([]);
        await Notifier.PublishAsync(new PositionsRebuilt());

        page.WaitForAssertion(() => Assert.NotNull(page.Find("#no-positions")));
        Assert.Equal(url, Services.GetRequiredService<NavigationManager>().Uri);
        Assert.Equal("Aldo Varga", page.Find("#selected-actors .selected-actor").TextContent.Trim());
    }
}

public sealed class ActorPositionsTests : PositionsTestContext
{
    [Fact]
    public async Task The_actor_page_lists_the_actors_positions_and_follows_them_live()
    {
        var harbour = AddTopic("Harbour access", "the harbour of Serin stays open", "harbour");
        CommitStance("Aldo Varga", "We will not close the harbour", harbour, Stance.Supports, DateTimeOffset.UtcNow.AddDays(-2));
        var page = Render<Briefing.Web.Components.Pages.Actors.ActorPage>(p => p.Add(x => x.Id, "aldo-varga"));
        Assert.Equal("supports", page.Find($"#actor-positions .actor-position[data-topic='{harbour}'] .stance-chip").GetAttribute("data-stance"));

        await PublishChangesAsync(CommitStance("Aldo Varga", "The harbour will be closed", harbour, Stance.Opposes, DateTimeOffset.UtcNow));

        page.WaitForAssertion(() =>
        {
            var line = page.Find($"#actor-positions .actor-position[data-topic='{harbour}']");
            Assert.Equal("opposes", line.QuerySelector(".stance-chip")!.GetAttribute("data-stance"));
            Assert.Equal("SHIFT: was supports", line.QuerySelector(".shift-badge")!.TextContent);
        });
    }
}
