using Briefing.Data.Actors;
using Briefing.Data.Statements;
using Briefing.Web.Components.Shared;
using Bunit;

namespace Briefing.Web.Tests.Components;

/// <summary>The card is markup made once per statement (QuoteCardText): it must still encode everything from the
/// text and show the same parts as the component it replaced.</summary>
public sealed class QuoteCardTests : ComponentTestContext
{
    private static StatementView Statement(string text, string kind = "direct", string? cue = null, string title = "Harbour talks",
        string resolution = "named", double confidence = 0.9) =>
        new("a-1:0", "a-1", new ActorRef("jane-roe", "Jane Roe"), text, kind == "direct", cue, null, DateTimeOffset.UtcNow, kind,
            resolution, confidence, title, "Harbour Minister", [new SpanView(0, text.Length)], new SpanView(0, 4), null);

    [Fact]
    public void A_card_shows_speaker_role_kind_words_source_and_the_new_mark()
    {
        var card = Render<QuoteCard>(p => p.Add(x => x.Statement, Statement("We will keep the harbour open")).Add(x => x.IsNew, true));

        Assert.Equal("Jane Roe", card.Find(".quote-meta a.speaker").TextContent);
        Assert.Equal("actors/jane-roe", card.Find(".quote-meta a.speaker").GetAttribute("href"));
        Assert.Equal("Harbour Minister", card.Find(".quote-meta .role").TextContent);
        Assert.Contains("named (90", card.Find(".quote-meta .kind-direct").GetAttribute("title"));
        Assert.Equal("“We will keep the harbour open”", card.Find("blockquote.quote-text").TextContent);
        Assert.Equal("articles/a-1#a-1:0", card.Find(".quote-source a").GetAttribute("href"));
        Assert.Equal("just now", card.Find(".quote-source .when").TextContent);
        Assert.Contains("is-new", card.Find(".quote-card").ClassName);
        Assert.NotNull(card.Find(".quote-meta .new-chip"));

        var old = Render<QuoteCard>(p => p.Add(x => x.Statement, Statement("We will keep the harbour open")).Add(x => x.ShowArticle, false));
        Assert.Empty(old.FindAll(".new-chip"));
        Assert.Empty(old.FindAll(".quote-source"));
    }

    [Fact]
    public void A_guessed_speaker_is_marked_as_one()
    {
        var sure = Render<QuoteCard>(p => p.Add(x => x.Statement, Statement("We will keep the harbour open")));
        Assert.Empty(sure.FindAll(".speaker-guess"));

        var guess = Render<QuoteCard>(p => p.Add(x => x.Statement,
            Statement("We will keep the harbour open", resolution: "earlierparagraph", confidence: 0.35)));
        Assert.Equal("Jane Roe", guess.Find(".quote-meta a.speaker").TextContent);
        Assert.Equal("speaker?", guess.Find(".quote-meta .speaker-guess").TextContent);
        Assert.Contains("earlierparagraph (35", guess.Find(".quote-meta .kind-direct").GetAttribute("title"));
    }

    [Fact]
    public void Reported_speech_reads_with_its_verb()
    {
        var card = Render<QuoteCard>(p => p.Add(x => x.Statement, Statement("the harbour would stay open", "indirect", "promised that")));

        Assert.Equal("promised that", card.Find("blockquote .quote-cue").TextContent);
        Assert.Equal("promised thatthe harbour would stay open", card.Find("blockquote").TextContent);
    }

    [Fact]
    public void Hostile_text_in_a_statement_is_encoded_never_markup()
    {
        var hostile = Statement("<script>alert('x')</script><img src=x onerror=alert(1)>", "indirect", "said \"<b>bold</b>\"",
            title: "<i>Title</i> & \"quotes\"") with { Speaker = new ActorRef("x\"><script>", "Eve <b>Bold</b>"), SpeakerRole = "<u>role</u>" };

        var card = Render<QuoteCard>(p => p.Add(x => x.Statement, hostile));

        Assert.Empty(card.FindAll("script"));
        Assert.Empty(card.FindAll("img"));
        Assert.Empty(card.FindAll("b, i, u"));
        Assert.Equal("Eve <b>Bold</b>", card.Find("a.speaker").TextContent);
        Assert.Equal("actors/x%22%3E%3Cscript%3E", card.Find("a.speaker").GetAttribute("href"));
        Assert.Equal("<u>role</u>", card.Find(".role").TextContent);
        Assert.EndsWith("<script>alert('x')</script><img src=x onerror=alert(1)>", card.Find("blockquote").TextContent);
        Assert.Equal("<i>Title</i> & \"quotes\"", card.Find(".quote-source a").TextContent);
        Assert.Contains("cue: “said \"<b>bold</b>\"”", card.Find(".kind").GetAttribute("title"));
    }
}
