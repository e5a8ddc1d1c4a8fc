using Briefing.Core.Extraction;
using Briefing.Core.Watchlists;

namespace Briefing.Core.Tests;

/// <summary>Title-case headlines make no actors of their own (issue 13, actor typing): in a line where every word is
/// capitalised, a capitalised run names only an actor the watch-list or the article's other lines also know. Each test
/// also runs with TitleCaseLinesNameKnownActorsOnly off, where the false actors come back. Fictional texts.</summary>
public sealed class TitleCaseHeadlineActorTests
{
    private const string Body = "The board met on Monday.\n\n\u201cWe will not pay,\u201d said Ann Vell, a dock worker.\n";

    private static readonly ArticleExtractor Off = new(null, ExtractorSettings.Default.Without(ExtractionRule.TitleCaseLinesNameKnownActorsOnly));

    private static IEnumerable<string> Names(ArticleExtraction x) => x.Actors.Select(a => a.Name);

    [Fact]
    public void A_title_case_headline_names_no_one_the_article_does_not_know()
    {
        const string text = "Dock Widow Corners Senator Over Harbour Levy\n" + Body;
        var x = new ArticleExtractor().Extract(text);
        Assert.Equal(["Ann Vell"], Names(x));

        var off = Off.Extract(text);
        Assert.Contains(off.Actors, a => a.Name.Contains("Harbour Levy", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_the_body_also_uses_keeps_its_headline_mention()
    {
        const string text = "Senator Vell Backs Harbour Levy Over Dock Fees\n" + Body;
        var x = new ArticleExtractor().Extract(text);
        var vell = Assert.Single(x.Actors);
        Assert.Equal("Ann Vell", vell.Name);
        Assert.Contains(vell.Mentions, m => text[m.Start..m.End] == "Senator Vell");

        var off = Off.Extract(text);
        Assert.DoesNotContain(off.Actors.Single(a => a.Name == "Ann Vell").Mentions, m => m.Start < text.IndexOf('\n'));
    }

    [Fact]
    public void A_watch_list_actor_in_a_title_case_headline_is_kept()
    {
        var watch = new Watchlist([new WatchedActor("Marisol Quennell-Varga", ActorKind.Person, ["Quennell"], "Chancellor", "Veltria")], []);
        const string text = "Chancellor Quennell Corners Board Over Harbour Levy\n" + Body;
        var x = new ArticleExtractor(watch).Extract(text);
        Assert.Contains("Marisol Quennell-Varga", Names(x));
        Assert.DoesNotContain(x.Actors, a => a.Name.Contains("Levy", StringComparison.Ordinal));

        var off = new ArticleExtractor(watch, ExtractorSettings.Default.Without(ExtractionRule.TitleCaseLinesNameKnownActorsOnly)).Extract(text);
        Assert.DoesNotContain("Marisol Quennell-Varga", Names(off));
    }

    [Fact]
    public void A_sentence_case_headline_still_names_its_people()
    {
        var x = new ArticleExtractor().Extract("Bo Tarrant calls for a harbour levy\n" + Body);
        Assert.Contains("Bo Tarrant", Names(x));
    }

    [Fact]
    public void A_word_the_article_writes_in_lower_case_marks_a_title_case_line()
    {
        // No function word is capitalised here, but the body writes "backs" and "levy" in lower case.
        const string text = "Dock Union Backs Harbour Levy\nThe union backs a levy on cargo, Ann Vell said on Monday.\n";
        var x = new ArticleExtractor().Extract(text);
        Assert.DoesNotContain(x.Actors, a => a.Name.Contains("Levy", StringComparison.Ordinal));
        Assert.Contains(Off.Extract(text).Actors, a => a.Name.Contains("Levy", StringComparison.Ordinal));
    }

    [Fact]
    public void A_headline_speaker_known_by_surname_is_the_body_actor()
    {
        const string text = "Dock Worker Vell Says Harbour Levy Will Sink the Port\n" + Body;
        var x = new ArticleExtractor().Extract(text);
        Assert.Equal("Ann Vell", x.SpeakerName(x.StatementContaining("Harbour Levy Will Sink")));
        Assert.Single(x.Actors);

        var off = Off.Extract(text);
        Assert.NotEqual("Ann Vell", off.SpeakerName(off.StatementContaining("Harbour Levy Will Sink")));
    }

    [Fact]
    public void An_acronym_met_before_its_spelled_out_name_is_an_organisation()
    {
        // The headline's "HPA" registers first; the article spells it out only later.
        const string text = "HPA Backs Levy Over Dock Fees\nThe Harbour Pilots Association (HPA) met on Monday. The HPA said fees would rise.\n";
        var x = new ArticleExtractor().Extract(text);
        var hpa = Assert.Single(x.Actors, a => a.Name == "Harbour Pilots Association");
        Assert.Equal(ActorKind.Organization, hpa.Kind);
    }
}
