using Briefing.Web.Wall;

namespace Briefing.Web.Tests.Wall;

public sealed class WallConfigTests
{
    [Fact]
    public void An_empty_url_gives_the_defaults_all_panels_rotating_in_dark()
    {
        var config = WallConfig.Parse("");
        Assert.Equal(Enum.GetValues<WallPanel>(), config.Panels);
        Assert.Null(config.Pin);
        Assert.True(config.Rotates);
        Assert.Equal("dark", config.Theme);
        Assert.Equal(30, config.RotateSeconds);
        Assert.Equal(10, config.FlashSeconds);
    }

    [Fact]
    public void Every_parameter_is_read_from_the_url()
    {
        var config = WallConfig.Parse(
            "?panels=articles,quotes&rotate=45&pin=quotes&actors=Aldo%20Varga,%20Ines%20Okafor&topics=Defence%20spending"
            + "&urgent=embargo,strike&theme=light&flash=12&stale=3&hours=24&max=6&speaker=80");
        Assert.Equal([WallPanel.Articles, WallPanel.Quotes], config.Panels);
        Assert.Equal(WallPanel.Quotes, config.Pin);
        Assert.False(config.Rotates);
        Assert.Equal(45, config.RotateSeconds);
        Assert.Equal(["Aldo Varga", "Ines Okafor"], config.Actors);
        Assert.Equal(["Defence spending"], config.Topics);
        Assert.Equal(["embargo", "strike"], config.Urgent);
        Assert.Equal("light", config.Theme);
        Assert.Equal((12, 3, 24, 6), (config.FlashSeconds, config.StaleMinutes, config.ActivityHours, config.MaxItems));
        Assert.Equal(80, config.MinSpeakerConfidence);
    }

    [Theory]
    [InlineData("?panels=quotes,actors&rotate=7&theme=light")]
    [InlineData("?pin=articles&actors=Aldo Varga,Ines Okafor&urgent=harbour&flash=0&stale=1&hours=1&max=3")]
    [InlineData("?panels=positions,quotes&topics=Defence spending,Peace negotiations&actors=a%26b")]
    public void A_config_read_back_from_its_own_url_is_the_same(string query)
    {
        var config = WallConfig.Parse(query);
        var again = WallConfig.Parse(config.ToQuery());
        Assert.Equal(config, again);
        Assert.Equal(config.ToQuery(), again.ToQuery());
    }

    [Fact]
    public void Nonsense_falls_back_to_defaults_and_out_of_range_numbers_are_clamped()
    {
        var config = WallConfig.Parse("?panels=weather,,0&rotate=1&flash=-4&stale=abc&max=5000&theme=purple&pin=nope&speaker=250");
        Assert.Equal(Enum.GetValues<WallPanel>(), config.Panels);
        Assert.Null(config.Pin);
        Assert.Equal(WallConfig.MinRotate, config.RotateSeconds);
        Assert.Equal(0, config.FlashSeconds);
        Assert.Equal(15, config.StaleMinutes);
        Assert.Equal(WallConfig.MaxItemsLimit, config.MaxItems);
        Assert.Equal(100, config.MinSpeakerConfidence);
        Assert.Equal("dark", config.Theme);
    }

    [Fact]
    public void A_pinned_panel_missing_from_the_list_is_added_and_shown()
    {
        var config = WallConfig.Parse("?panels=quotes&pin=articles");
        Assert.Equal([WallPanel.Articles, WallPanel.Quotes], config.Panels);
        Assert.Equal(WallPanel.Articles, new WallRotation(config, DateTimeOffset.UnixEpoch).Current);
    }

    [Fact]
    public void Server_defaults_apply_where_the_url_is_silent()
    {
        var defaults = WallConfig.Defaults(new WallOptions { RotateSeconds = 60, StaleMinutes = 30, MaxItems = 5, MinSpeakerConfidence = 70 });
        var config = WallConfig.Parse("?rotate=20", defaults);
        Assert.Equal((20, 30, 5, 70), (config.RotateSeconds, config.StaleMinutes, config.MaxItems, config.MinSpeakerConfidence));
    }
}
