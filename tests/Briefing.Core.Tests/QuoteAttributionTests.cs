using Briefing.Core.Extraction;

namespace Briefing.Core.Tests;

/// <summary>Attribution rules on invented texts with fictional actors.</summary>
public sealed class QuoteAttributionTests
{
    private static readonly ArticleExtractor Extractor = new();

    [Theory]
    [InlineData("\"The harbour tax is a mistake,\" Senator Mara Quillfeather said.")]
    [InlineData("\u201cThe harbour tax is a mistake,\u201d Senator Mara Quillfeather said.")]
    [InlineData("''The harbour tax is a mistake,'' Senator Mara Quillfeather said.")]
    [InlineData("``The harbour tax is a mistake,'' Senator Mara Quillfeather said.")]
    [InlineData("\u00abThe harbour tax is a mistake,\u00bb Senator Mara Quillfeather said.")]
    public void Every_quote_mark_style_is_a_direct_quote(string sentence)
    {
        var x = Extractor.Extract("Harbour vote\n" + sentence);
        var s = x.StatementContaining("The harbour tax is a mistake");
        Assert.Equal(StatementKind.Direct, s.Kind);
        Assert.Equal("Mara Quillfeather", x.SpeakerName(s));
        Assert.Equal("Senator", x.Speaker(s)!.Role);
    }

    [Fact]
    public void Apostrophes_are_not_quote_marks()
    {
        const string text = "Veltria's budget\nThe Republic of Veltria's finance office said it won't cut the '90s-era pensions, and Quillfeather's aides agreed.";
        var x = Extractor.Extract(text);
        Assert.DoesNotContain(x.Statements, s => s.Kind == StatementKind.Direct);
        var s = x.StatementContaining("won't cut");
        Assert.Equal(StatementKind.Indirect, s.Kind);
    }

    [Fact]
    public void A_quote_split_around_its_cue_is_one_statement_with_two_fragments()
    {
        const string text = "Ferry plan\nMayor Odile Brannock spoke on Monday.\n\u201cThe ferries will run on time,\u201d she said, \u201cand the fares will stay low.\u201d";
        var x = Extractor.Extract(text);
        var s = x.StatementContaining("ferries will run");
        Assert.Equal(2, s.Content.Count);
        Assert.Contains("fares will stay low", s.Text);
        Assert.Equal("Odile Brannock", x.SpeakerName(s));
        Assert.Equal(SpeakerResolution.Pronoun, s.Resolution);
        Assert.Equal("she", s.Source!.Value.Of(text));
    }

    [Fact]
    public void A_quote_running_across_paragraphs_keeps_its_speaker()
    {
        const string text = "Canal dispute\nCouncillor Pim Sorrowgate said on Tuesday: \u201cThe canal belongs to everyone in the valley.\n\u201cWe will not let one company fence it off, whatever they offer us.\u201d";
        var x = Extractor.Extract(text);
        var second = x.StatementContaining("We will not let one company");
        Assert.Equal("Pim Sorrowgate", x.SpeakerName(second));
        var first = x.StatementContaining("The canal belongs");
        Assert.Equal("Pim Sorrowgate", x.SpeakerName(first));
    }

    [Theory]
    [InlineData("Councillor Pim Sorrowgate said the canal would reopen in May.", "Pim Sorrowgate", "the canal would reopen in May")]
    [InlineData("The canal would reopen in May, said Pim Sorrowgate.", "Pim Sorrowgate", "The canal would reopen in May")]
    [InlineData("According to Pim Sorrowgate, the canal would reopen in May.", "Pim Sorrowgate", "the canal would reopen in May")]
    [InlineData("Pim Sorrowgate, a spokesman for the Veltrian canal board, said the canal would reopen in May.", "Pim Sorrowgate", "the canal would reopen in May")]
    [InlineData("Pim Sorrowgate told reporters that the canal would reopen in May.", "Pim Sorrowgate", "that the canal would reopen in May")]
    public void Indirect_speech_forms_find_speaker_and_content(string sentence, string speaker, string content)
    {
        var x = Extractor.Extract("Canal news\n" + sentence);
        var s = x.StatementContaining(content);
        Assert.Equal(content, s.Text);
        Assert.Equal(speaker, x.SpeakerName(s));
        Assert.Equal(StatementKind.Indirect, s.Kind);
    }

    [Fact]
    public void A_surname_refers_back_to_the_full_name()
    {
        const string text = "Lighthouse\nGovernor Tamsin Oakhollow visited the coast.\nOakhollow said the lighthouse would be repaired.";
        var x = Extractor.Extract(text);
        var s = x.StatementContaining("lighthouse would be repaired");
        Assert.Equal("Tamsin Oakhollow", x.SpeakerName(s));
        Assert.Equal(SpeakerResolution.Surname, s.Resolution);
        Assert.Equal("Governor", x.Speaker(s)!.Role);
    }

    [Fact]
    public void Pronouns_resolve_to_the_last_person_of_matching_gender()
    {
        const string text = "Mill talks\nMr. Corvin Ashdale met Ms. Elspeth Varrow in the Veltrian capital.\nShe said the mill would stay open.\nHe said the talks would continue.";
        var x = Extractor.Extract(text);
        Assert.Equal("Elspeth Varrow", x.SpeakerName(x.StatementContaining("mill would stay open")));
        Assert.Equal("Corvin Ashdale", x.SpeakerName(x.StatementContaining("talks would continue")));
    }

    [Fact]
    public void Credit_lines_and_follow_lines_yield_nothing()
    {
        const string text = "Port news\nDorian Fellwick said the port would expand.\nFollow Nella Quarry on Twitter: @nquarry\nNella Quarry and Orrin Bask contributed to this report.";
        var x = Extractor.Extract(text);
        Assert.Single(x.Statements);
        Assert.DoesNotContain(x.Actors, a => a.Name.Contains("Quarry") || a.Name.Contains("Bask"));
    }

    [Fact]
    public void Scare_quotes_and_titles_are_not_statements()
    {
        const string text = "Show\nThe Veltrian broadcaster renewed \u201cHarbour Lights\u201d for a \u201cfinal\u201d season on Friday.";
        var x = Extractor.Extract(text);
        Assert.Empty(x.Statements);
    }

    [Fact]
    public void A_watch_list_gives_the_canonical_name()
    {
        var watch = new Briefing.Core.Watchlists.Watchlist(
            [new Briefing.Core.Watchlists.WatchedActor("Marisol Quennell-Varga", ActorKind.Person, ["Quennell"], "Chancellor", "Veltria")], []);
        var x = new ArticleExtractor(watch).Extract("Budget\nQuennell said the budget was balanced.");
        var s = x.StatementContaining("budget was balanced");
        Assert.Equal("Marisol Quennell-Varga", x.SpeakerName(s));
        Assert.Equal("Chancellor", x.Speaker(s)!.Role);
    }

    [Fact]
    public void A_cue_verb_with_a_bare_noun_is_not_reported_speech()
    {
        var x = Extractor.Extract("Border talks\nAsked what Veltria would give while Dunmere concedes land, Minister Aldo Varga said he expects a long negotiation.");

        Assert.DoesNotContain(x.Statements, s => s.Text == "land");
        Assert.Contains(x.Statements, s => s.Text.Contains("he expects a long negotiation", StringComparison.Ordinal));
    }
}
