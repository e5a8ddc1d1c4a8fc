extern alias load;
using Briefing.Data.Inbox;
using load::Briefing.Load;

namespace Briefing.Scale.Tests;

/// <summary>The load client's articles must all be new to the app: one it takes for a wire copy of another is stored
/// as "also carried by" and never shows as an article, which a run then counts as lost on every screen.</summary>
public sealed class LoadArticlesTests
{
    [Fact]
    public void Sixty_thousand_articles_of_a_run_hold_no_near_copy_by_the_apps_own_measure()
    {
        const int articles = 60_000; // one sustained run's worth (60 s at 1,000/s)
        var index = new NearCopyIndex(capacity: articles);
        var copies = new List<int>();
        for (var serial = 1; serial <= articles; serial++)
        {
            var signature = MinHash.Signature(Articles.TitleAndText("run0001", serial).Text)!;
            if (index.Find(signature, InboxStore.NearCopyThreshold) is not null) copies.Add(serial);
            index.Add(serial.ToString(), signature);
        }

        Assert.Empty(copies);
    }
}
