using Briefing.Data.Alerts;
using Briefing.Web.Alerts;
using Briefing.Web.Wall;
using Bunit;

namespace Briefing.Web.Tests.Wall;

/// <summary>Alerts take over a wall like flashes, but only a wall that asked for them (alerts=1).</summary>
public sealed class WallAlertTests : WallTestContext
{
    private static AlertView Alert => new()
    {
        Id = 7, SubscriptionId = 1, SubscriptionName = "Harbour watch", Kind = AlertKinds.PositionChanged,
        Title = "Aldo Varga shifted on Harbour access: supports → opposes", Detail = "Opposes: \"closed to foreign ships\"",
        RaisedAt = DateTimeOffset.UtcNow,
    };

    [Fact]
    public async Task An_alert_takes_over_a_wall_that_shows_alerts()
    {
        var cut = RenderWall("?pin=quotes&alerts=1");
        await Notifier.PublishAsync(new AlertRaised(Alert));

        cut.WaitForAssertion(() => Assert.Equal("alert:7", cut.Find("#wall-flash").GetAttribute("data-flash-id")));
        Assert.Contains("Aldo Varga shifted on Harbour access", cut.Find("#wall-flash .wf-alert").TextContent);
        Assert.Contains("Harbour watch", cut.Find("#wall-flash").TextContent);
    }

    [Fact]
    public async Task A_wall_without_alerts_1_ignores_alerts_and_the_setting_round_trips_in_its_url()
    {
        var cut = RenderWall("?pin=quotes");
        await Notifier.PublishAsync(new AlertRaised(Alert));
        Assert.Empty(cut.FindAll("#wall-flash"));

        var config = WallConfig.Parse("?alerts=1");
        Assert.True(config.Alerts);
        Assert.Equal(config, WallConfig.Parse(config.ToQuery()));
        Assert.DoesNotContain("alerts", WallConfig.Parse("").ToQuery());
    }
}
