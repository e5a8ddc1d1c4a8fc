using Briefing.Web.Components.Pages.Dashboard;
using Briefing.Web.Components.Pages.Topics;
using Briefing.Web.Editing;
using Bunit;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Web.Tests.Components;

/// <summary>Changing things in the app takes an API key, like the write API: readers and wall screens see no edit
/// controls.</summary>
public sealed class EditingGateTests : Briefing.Web.Tests.Positions.PositionsTestContext
{
    private readonly EditorSession _gated = new(key => key == "right-key" ? "night-desk" : null, requireSignIn: true);

    public EditingGateTests() => Services.AddSingleton(_gated);

    [Fact]
    public void A_reader_sees_statements_but_no_correction_menu_until_signed_in()
    {
        CommitQuote("Story", "Aldo Varga", "We will not close the harbour");

        var page = Render<Dashboard>();
        Assert.Single(page.FindAll("#quotes .quote-card"));
        Assert.Empty(page.FindAll(".correction-menu"));

        Assert.True(_gated.SignIn(" right-key "));
        page.Render();

        Assert.Single(page.FindAll(".correction-menu"));
        Assert.Equal("night-desk", _gated.EditorName);
    }

    [Fact]
    public void A_wrong_key_does_not_sign_in_and_topics_stay_read_only()
    {
        Assert.False(_gated.SignIn("wrong-key"));

        var page = Render<TopicsPage>();

        Assert.False(_gated.CanEdit);
        Assert.NotNull(page.Find("#topics-read-only"));
        Assert.Empty(page.FindAll("#topic-add"));
    }

    [Fact]
    public void Signing_out_takes_the_controls_away_again()
    {
        _gated.SignIn("right-key");
        var changes = 0;
        _gated.Changed += () => changes++;

        _gated.SignOut();

        Assert.False(_gated.CanEdit);
        Assert.Equal(1, changes);
    }
}
