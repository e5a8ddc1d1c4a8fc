using Briefing.Web.Briefs;

namespace Briefing.Web.Tests.Briefs;

public sealed class BriefFilterTests
{
    private static readonly DateTimeOffset Now = new(2025, 2, 14, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("90m", "2025-02-14T10:30:00Z")]
    [InlineData("24h", "2025-02-13T12:00:00Z")]
    [InlineData("7d", "2025-02-07T12:00:00Z")]
    [InlineData("2w", "2025-01-31T12:00:00Z")]
    [InlineData("2025-02-01", "2025-02-01T00:00:00Z")]
    [InlineData("2025-02-01T08:30:00+01:00", "2025-02-01T07:30:00Z")]
    public void Since_is_a_duration_a_date_or_a_time(string since, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected), BriefFilter.SinceInstant(since, Now));

    [Fact]
    public void Filters_repeat_and_the_positions_views_comma_lists_work_too()
    {
        var (filter, error) = BriefFilter.Parse("/brief?actor=Aldo%20Varga&actor=ines-okafor&topics=harbour-access,tariffs&since=7d&outlet=Test%20Wire");
        Assert.Null(error);
        Assert.Equal(["Aldo Varga", "ines-okafor"], filter.Actors);
        Assert.Equal(["harbour-access", "tariffs"], filter.Topics);
        Assert.Equal("7d", filter.Since);
        Assert.Equal("?actor=Aldo%20Varga&actor=ines-okafor&topic=harbour-access&topic=tariffs&since=7d&outlet=Test%20Wire&format=csv",
            filter.ToQueryString("csv"));
    }

    [Fact]
    public void No_since_or_all_means_everything_and_nonsense_names_the_field()
    {
        Assert.Null(BriefFilter.Parse("?since=all").Filter.Since);
        Assert.Null(BriefFilter.Parse("").Error);
        Assert.Contains("\"since\"", BriefFilter.Parse("?since=soon").Error);
    }
}
