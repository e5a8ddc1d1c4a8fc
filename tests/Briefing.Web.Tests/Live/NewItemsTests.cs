using Briefing.Web.Components.Shared;
using Briefing.Web.Tests.Wall;

namespace Briefing.Web.Tests.Live;

public sealed class NewItemsTests
{
    [Fact]
    public void Marks_last_their_time_and_only_the_latest_arrivals_up_to_the_capacity_are_kept()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        var fresh = new NewItems(clock, TimeSpan.FromMinutes(5), capacity: 3);

        foreach (var id in new[] { "a", "b", "c", "d" }) fresh.Add(id);
        Assert.False(fresh.IsNew("a")); // the fourth arrival pushed out the first
        fresh.Add("b"); // marked again: its latest mark counts, so its first one leaving does not unmark it
        Assert.True(fresh.IsNew("b"));
        Assert.True(fresh.IsNew("c"));
        Assert.True(fresh.IsNew("d"));

        clock.Advance(TimeSpan.FromMinutes(4));
        fresh.Add("e"); // pushes out "c", the oldest mark still counting
        Assert.False(fresh.IsNew("c"));
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.True(fresh.Expire()); // "d" and "b" are six minutes old
        Assert.False(fresh.IsNew("d"));
        Assert.False(fresh.IsNew("b"));
        Assert.True(fresh.IsNew("e"));
        Assert.False(fresh.Expire());
    }
}
