using Briefing.Core.Extraction;

namespace Briefing.Core.Tests;

/// <summary>Golden test on the seed article (seeds/000_e8d4d3cecd10d668.txt).</summary>
public sealed class SeedArticleTests
{
    private static readonly string Text = File.ReadAllText(Path.Combine(RepoPaths.Root, "seeds", "000_e8d4d3cecd10d668.txt"));
    private static readonly ArticleExtraction X = new ArticleExtractor().Extract(Text);

    [Theory]
    [InlineData("ahistorical and false", "Hegseth")]
    [InlineData("I think realism is an important part", "Hegseth")]
    [InlineData("But simply pointing out realism", "Hegseth")]
    [InlineData("unlikely", "Trump")]
    [InlineData("By increasing our economic commitment", "Bessent")]
    [InlineData("peace deal is enduring", "Rutte")]
    public void Each_direct_quote_has_its_speaker(string quote, string surname)
    {
        var s = X.StatementContaining(quote);
        Assert.Contains(s.Kind, new[] { StatementKind.Direct, StatementKind.Mixed });
        Assert.EndsWith(surname, X.SpeakerName(s));
        Assert.NotEqual(SpeakerResolution.Unresolved, s.Resolution);
        Assert.NotNull(s.Source);
    }

    [Theory]
    [InlineData("he expects a negotiated settlement", "Hegseth")]
    [InlineData("this arrangement could provide Ukraine", "Bessent")]
    [InlineData("all parties are interested", "Trump")]
    [InlineData("Hegseth’s comments", "Trump")]
    public void Indirect_statements_are_attributed(string fragment, string surname)
    {
        var s = X.StatementContaining(fragment);
        Assert.Contains(s.Kind, new[] { StatementKind.Indirect, StatementKind.Mixed, StatementKind.Belief });
        Assert.EndsWith(surname, X.SpeakerName(s));
    }

    [Theory]
    [InlineData("Pete Hegseth", ActorKind.Person, "Defense Secretary", null)]
    [InlineData("Vladimir Putin", ActorKind.Person, "President", "Russia")]
    [InlineData("Volodymyr Zelenskyy", ActorKind.Person, "President", "Ukraine")]
    [InlineData("Scott Bessent", ActorKind.Person, "Treasury Secretary", null)]
    [InlineData("Mark Rutte", ActorKind.Person, "Secretary-General", "NATO")]
    [InlineData("Trump", ActorKind.Person, null, null)]
    [InlineData("Russia", ActorKind.Place, null, null)]
    [InlineData("Ukraine", ActorKind.Place, null, null)]
    public void Actors_carry_canonical_names_roles_and_affiliations(string name, ActorKind kind, string? role, string? affiliation)
    {
        var a = Assert.Single(X.Actors, a => a.Name == name);
        Assert.Equal(kind, a.Kind);
        Assert.Equal(role, a.Role);
        Assert.Equal(affiliation, a.Affiliation);
        Assert.All(a.Mentions, m => Assert.True(m.Start >= 0 && m.End <= Text.Length && m.Start < m.End));
    }

    [Fact]
    public void Nato_is_an_organisation_known_by_its_acronym()
    {
        var nato = Assert.Single(X.Actors, a => a.Name == "NATO" || a.Aliases.Contains("NATO"));
        Assert.Equal(ActorKind.Organization, nato.Kind);
    }

    [Fact]
    public void The_credit_line_yields_no_actors_and_no_statements()
    {
        var credit = Text.IndexOf("Guy Birchall", StringComparison.Ordinal);
        Assert.DoesNotContain(X.Actors, a => a.Name.Contains("Birchall") || a.Name.Contains("Associated Press"));
        Assert.DoesNotContain(X.Statements, s => s.Content.Any(c => c.End > credit));
        Assert.DoesNotContain(X.Actors, a => a.Mentions.Any(m => m.Start >= credit));
    }

    [Fact]
    public void Keys_are_unique_and_speakers_point_at_actors()
    {
        Assert.Equal(X.Actors.Count, X.Actors.Select(a => a.Key).Distinct().Count());
        foreach (var s in X.Statements)
        {
            if (s.SpeakerKey is null)
            {
                Assert.Equal(SpeakerResolution.Unresolved, s.Resolution);
            }
            else
            {
                Assert.Contains(X.Actors, a => a.Key == s.SpeakerKey);
            }
            Assert.Equal(string.Join(" … ", s.Content.Select(c => c.Of(Text))), s.Text);
        }
    }
}
