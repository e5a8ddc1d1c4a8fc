using Briefing.Web.Components.Shared;

namespace Briefing.Web.Tests.Live;

public sealed class LiveListsTests
{
    [Fact]
    public void PrependNew_puts_unlisted_items_first_in_their_order_once_each_and_trims_the_oldest()
    {
        var list = new List<string> { "c", "b", "a" };

        LiveLists.PrependNew(list, ["e", "b", "d", "e"], s => s, max: 4);

        Assert.Equal(["e", "d", "c", "b"], list);
    }
}
