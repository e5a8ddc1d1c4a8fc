using Briefing.Core.Positions;
using Briefing.Web.Positions;

namespace Briefing.Web.Tests.Positions;

public sealed class PositionFilterTests
{
    [Theory]
    [InlineData("?actors=aldo-varga,mira-ostrander&topics=harbour-access&stance=opposes&since=7d")]
    [InlineData("?actors=aldo-varga&compare=1")]
    [InlineData("?since=2025-02-14")]
    [InlineData("")]
    public void A_filter_round_trips_through_the_url(string query)
    {
        var parsed = PositionFilter.Parse("https://briefing.test/positions" + query);

        var formatted = parsed.ToQueryString();

        Assert.Equal(query, formatted);
        Assert.Equal(parsed, PositionFilter.Parse(formatted));
    }

    [Fact]
    public void Parsing_reads_lists_windows_and_the_compare_flag()
    {
        var filter = PositionFilter.Parse("/positions?actors=pete-hegseth,%20donald-trump&actors=aldo-varga&topics=a&stance=OPPOSES&since=24h&compare=true");

        Assert.Equal(["pete-hegseth", "donald-trump", "aldo-varga"], filter.Actors);
        Assert.Equal(["a"], filter.Topics);
        Assert.Equal(Stance.Opposes, filter.Stance);
        Assert.Equal("24h", filter.Since);
        Assert.True(filter.Compare);
    }

    [Fact]
    public void Nonsense_values_are_ignored_instead_of_failing()
    {
        var filter = PositionFilter.Parse("/positions?stance=furious&since=forever&compare=maybe&actors=,,&unknown=1");

        Assert.Equal(PositionFilter.Empty, filter);
        Assert.True(filter.IsEmpty);
        Assert.Equal("", filter.ToQueryString());
    }

    [Fact]
    public void Names_with_spaces_and_ampersands_survive_the_round_trip()
    {
        var filter = new PositionFilter(["Aldo Varga", "x&y"], []);

        Assert.Equal(filter, PositionFilter.Parse(filter.ToQueryString()));
    }

    [Fact]
    public void The_window_becomes_an_instant()
    {
        var now = new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

        Assert.Equal(now.AddDays(-7), PositionFilter.Parse("?since=7d").SinceInstant(now));
        Assert.Equal(now.AddHours(-24), PositionFilter.Parse("?since=24h").SinceInstant(now));
        Assert.Equal(new DateTimeOffset(2025, 2, 14, 0, 0, 0, TimeSpan.Zero), PositionFilter.Parse("?since=2025-02-14").SinceInstant(now));
        Assert.Null(PositionFilter.Parse("?since=all").SinceInstant(now));
    }
}
