using Briefing.Core.Positions;
using Briefing.Web.Components.Pages.Topics;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Briefing.Web.Tests.Positions;

public sealed class TopicsPageTests : PositionsTestContext
{
    private static void Type(IRenderedComponent<TopicsPage> page, string label, string text) =>
        page.FindComponents<MudTextField<string>>().Single(f => f.Instance.Label!.StartsWith(label, StringComparison.Ordinal))
            .Find("input, textarea").Change(text);

    [Fact]
    public void Topics_are_listed_with_proposition_keywords_cues_and_the_urgent_flag()
    {
        Topics.Save(null, new Core.Watchlists.WatchedTopic("Harbour access", "the harbour of Serin stays open", ["harbour", "port of Serin"],
            Urgent: true, SupportCues: ["reopen"], OpposeCues: ["blockade"]));

        var row = Render<TopicsPage>().Find("#topics tr.topic-row");

        Assert.Equal("Harbour access", row.QuerySelector(".topic-name")!.TextContent);
        Assert.Equal("the harbour of Serin stays open", row.QuerySelector(".topic-description")!.TextContent);
        Assert.Equal(["harbour", "port of Serin", "reopen", "blockade"], row.QuerySelectorAll(".topic-word").Select(w => w.TextContent));
        Assert.Contains("urgent", row.TextContent);
    }

    [Fact]
    public void The_form_requires_a_name_and_a_keyword()
    {
        var page = Render<TopicsPage>();
        page.Find("#topic-add").Click();

        page.Find("#topic-save").Click();

        Assert.NotNull(page.Find("#topic-error"));
        var fields = page.FindComponents<MudTextField<string>>();
        Assert.Contains("Name is required.", fields.Single(f => f.Instance.Label == "Name").Markup);
        Assert.Contains("At least one keyword is required.", fields.Single(f => f.Instance.Label == "Keywords").Markup);
        Assert.Empty(Topics.List());
    }

    [Fact]
    public void Keyword_syntax_errors_come_from_the_classifiers_own_validation()
    {
        var page = Render<TopicsPage>();
        page.Find("#topic-add").Click();
        Type(page, "Name", "Harbour access");
        Type(page, "Keywords", "ha*");

        page.Find("#topic-save").Click();

        var expected = new Web.Positions.TopicRequest("Harbour access", null, ["ha*"], null, null).Validate();
        Assert.NotNull(expected);
        Assert.Equal(expected, page.Find("#topic-error").TextContent.Trim());
        Assert.Empty(Topics.List());
    }

    [Fact]
    public void A_duplicate_name_is_refused()
    {
        AddTopic("Harbour access", "", "harbour");
        var page = Render<TopicsPage>();
        page.Find("#topic-add").Click();
        Type(page, "Name", "harbour ACCESS");
        Type(page, "Keywords", "port");

        page.Find("#topic-save").Click();

        Assert.Contains("already exists", page.Find("#topic-error").TextContent);
        Assert.Single(Topics.List());
    }

    [Fact]
    public void Saving_a_topic_reclassifies_statements_and_says_so()
    {
        CommitQuote("Serin harbour", "Aldo Varga", "We will not close the harbour of Serin");
        var page = Render<TopicsPage>();
        page.Find("#topic-add").Click();
        Type(page, "Name", "Harbour access");
        Type(page, "Proposition", "the harbour of Serin stays open");
        Type(page, "Keywords", "harbour, port of Serin");

        page.Find("#topic-save").Click();

        page.WaitForAssertion(() => Assert.Equal("Harbour access", page.Find("#topics .topic-name").TextContent));
        var topic = Assert.Single(Topics.List());
        Assert.Equal(["harbour", "port of Serin"], topic.Keywords);
        Assert.Empty(page.FindAll("#topic-form"));
        var message = Assert.Single(Services.GetRequiredService<ISnackbar>().ShownSnackbars).Message;
        Assert.Contains("Re-classified 1 statements: 1 match this topic", message);
        Assert.NotNull(Positions.Find("aldo-varga", topic.Id));
    }

    [Fact]
    public async Task Editing_and_deleting_go_through_the_topic_editor()
    {
        var id = AddTopic("Harbour access", "the harbour stays open", "harbour");
        var page = Render<TopicsPage>();

        page.Find(".topic-edit").Click();
        Type(page, "Keywords", "harbour\nport of Serin");
        page.Find("#topic-save").Click();
        page.WaitForAssertion(() =>
        {
            Assert.Equal(["harbour", "port of Serin"], Topics.Find(id)!.Keywords);
            Assert.Empty(page.FindAll("#topic-form")); // the save finished (live events no longer hold it back)
        });
        await Notifier.WhenIdleAsync(TimeSpan.FromSeconds(20)); // the page's own re-render for the rebuilt positions is done

        page.Find(".topic-delete").Click();
        page.Find(".topic-delete-confirm").Click();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("#no-topics")));
        Assert.Empty(Topics.List());
    }
}
