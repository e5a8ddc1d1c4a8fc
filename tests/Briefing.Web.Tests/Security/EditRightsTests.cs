using Briefing.Web.Editing;
using Briefing.Web.Limits;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Briefing.Web.Tests.Security;

/// <summary>Finding 4 (Medium): edit rights outlived the key, sign-out left other tabs editing, and failed sign-ins
/// were not throttled. Each edit action now re-checks the key; the browser tests cover the pages themselves.</summary>
public sealed class EditRightsTests
{
    private readonly HashSet<string> _validKeys = ["bk_night_desk"];

    private EditorSession Session(EditorSessions? sessions = null, SignInThrottle? throttle = null, string client = "203.0.113.7") =>
        new(key => _validKeys.Contains(key) ? "night-desk" : null, requireSignIn: true, sessions, throttle, client);

    private static SignInThrottle Throttle(int perIp = 10) =>
        new(Options.Create(new LimitsOptions { SignInFailuresPerIpPerMinute = perIp }), TimeProvider.System);

    [Fact]
    public void An_edit_action_after_the_key_was_revoked_is_refused_and_signs_the_page_out()
    {
        var session = Session();
        var changes = 0;
        session.Changed += () => changes++;
        Assert.True(session.SignIn("bk_night_desk"));
        Assert.True(session.Authorize());

        _validKeys.Clear();   // `keys revoke night-desk`

        Assert.False(session.Authorize());
        Assert.False(session.CanEdit);
        Assert.Equal(2, changes);   // signed in, then signed out: the page re-renders without edit controls
    }

    [Fact]
    public async Task An_idle_signed_in_page_is_signed_out_within_seconds_of_the_revocation()
    {
        using var sessions = new EditorSessions(NullLogger<EditorSessions>.Instance);
        await sessions.StartAsync(CancellationToken.None);
        var session = Session(sessions);
        Assert.True(session.SignIn("bk_night_desk"));

        _validKeys.Clear();

        await OutboundFetchTests.Eventually(() => !session.CanEdit, "the idle page signed out", seconds: 15);
        Assert.Equal(0, sessions.Count);
        await sessions.StopAsync(CancellationToken.None);
    }

    [Fact]
    public void Signing_out_in_one_tab_signs_out_every_tab_of_that_browser_only()
    {
        var sessions = new EditorSessions(NullLogger<EditorSessions>.Instance);
        var tab1 = Session(sessions);
        var tab2 = Session(sessions);
        var otherBrowser = Session(sessions);
        (tab1.BrowserId, tab2.BrowserId, otherBrowser.BrowserId) = ("browser-a", "browser-a", "browser-b");
        foreach (var tab in new[] { tab1, tab2, otherBrowser }) Assert.True(tab.SignIn("bk_night_desk"));

        tab1.SignOut();

        Assert.False(tab1.CanEdit);
        Assert.False(tab2.CanEdit);
        Assert.True(otherBrowser.CanEdit);
    }

    [Fact]
    public void After_five_wrong_keys_a_page_refuses_even_the_right_one_for_a_while()
    {
        var session = Session();
        for (var i = 0; i < 5; i++) Assert.False(session.SignIn($"guess-{i}"));

        Assert.False(session.SignIn("bk_night_desk"));
        Assert.Contains("Too many failed sign-ins", session.Refusal);
    }

    [Fact]
    public void Wrong_keys_from_one_address_spread_over_pages_lock_that_address_but_not_another()
    {
        var throttle = Throttle(perIp: 10);
        for (var page = 0; page < 5; page++)
        for (var guess = 0; guess < 2; guess++)
            Assert.False(Session(throttle: throttle).SignIn($"guess-{page}-{guess}"));

        Assert.False(Session(throttle: throttle).SignIn("bk_night_desk"));
        Assert.True(Session(throttle: throttle, client: "198.51.100.9").SignIn("bk_night_desk"));
    }
}
