using Briefing.Data.Displays;
using Briefing.Data.Sources;
using Briefing.Web.Components.Pages.Displays;
using Briefing.Web.Editing;
using Briefing.Web.Tests.Components;
using Bunit;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Web.Tests.Reading;

/// <summary>The Displays page: an editor makes a display link (shown once, stored as a hash, its wall settings
/// normalised) and revokes it; a reader sees the list without controls.</summary>
public sealed class DisplaysPageTests : ComponentTestContext
{
    private readonly EditorSession _gated = new(key => key == "right-key" ? "night-desk" : null, requireSignIn: true);
    private readonly DisplayLinkStore _links;

    public DisplaysPageTests()
    {
        _links = new DisplayLinkStore(Database, TimeProvider.System);
        Services.AddSingleton(_links);
        Services.AddSingleton(_gated);
    }

    [Fact]
    public void An_editor_makes_a_link_shown_once_and_revokes_it()
    {
        Assert.True(_gated.SignIn("right-key"));
        var page = Render<DisplaysPage>();
        page.Find("#display-name").Change("Lobby");
        page.Find("#display-query").Change("pin=quotes&theme=light&rotate=9999");
        page.Find("#display-create").Click();

        var link = page.Find("#display-link").TextContent;
        Assert.Matches("^http://localhost/wall/d/wd_[0-9a-f]{48}$", link);
        var token = link[(link.LastIndexOf('/') + 1)..];
        var stored = _links.FindActive(token)!;
        Assert.Equal("Lobby", stored.Name);
        Assert.Contains("theme=light", stored.WallQuery);
        Assert.Contains("rotate=3600", stored.WallQuery); // clamped like any wall setting
        using (var connection = Database.Open())
        {
            // Only the hash is kept: the token itself appears nowhere in the table.
            Assert.Equal(ApiKeyStore.Hash(token), Dapper.SqlMapper.ExecuteScalar<string>(connection, "SELECT token_hash FROM display_links"));
            Assert.Equal(0, Dapper.SqlMapper.ExecuteScalar<int>(connection,
                "SELECT count(*) FROM display_links WHERE token_hash = @token OR wall_query LIKE '%' || @token || '%'", new { token }));
        }

        page.Find(".display-row[data-name='Lobby'] .display-revoke").Click();
        Assert.Null(_links.FindActive(token));
        Assert.Contains("revoked", page.Find(".display-row[data-name='Lobby']").TextContent);
        Assert.Empty(page.FindAll("#display-link"));
    }

    [Fact]
    public void A_reader_sees_the_links_but_cannot_make_or_revoke_one()
    {
        _links.Add("Hall", "?pin=articles");
        var page = Render<DisplaysPage>();

        Assert.Single(page.FindAll(".display-row"));
        Assert.Empty(page.FindAll("#display-create"));
        Assert.Empty(page.FindAll(".display-revoke"));
        Assert.NotNull(page.Find("#displays-read-only"));
    }

    [Fact]
    public void A_second_link_with_the_same_name_is_refused()
    {
        _links.Add("Hall", "?pin=articles");
        Assert.True(_gated.SignIn("right-key"));
        var page = Render<DisplaysPage>();
        page.Find("#display-name").Change("Hall");
        page.Find("#display-create").Click();

        Assert.Contains("already a display named 'Hall'", page.Find("#display-error").TextContent);
        Assert.Single(_links.List());
    }
}
