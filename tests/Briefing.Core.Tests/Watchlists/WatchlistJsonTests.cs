using System.Text;
using Briefing.Core.Extraction;
using Briefing.Core.Watchlists;

namespace Briefing.Core.Tests.Watchlists;

public class WatchlistJsonTests
{
    private const string Valid = """
        {
          // comments and trailing commas are fine
          "version": 1,
          "actors": [
            { "name": "Aldo Varga", "kind": "person", "aliases": ["Varga", "Minister Varga"], "role": "Foreign Minister", "affiliation": "Veltria" },
            { "name": "Veltria", "kind": "place" },
            { "name": "Northern Pact", "kind": "organisation", "aliases": ["NP"], "role": null },
          ],
          "topics": [
            { "name": "Pact membership", "description": "Proposition: Veltria joins the Northern Pact.",
              "keywords": ["join the Pact", "NP membership"], "urgent": true,
              "supportCues": ["invit*"], "opposeCues": ["neutrality"], "_note": "ignored" }
          ]
        }
        """;

    [Fact]
    public void Parses_actors_and_topics()
    {
        var w = WatchlistJson.Parse(Valid);

        Assert.Equal(3, w.Actors.Count);
        var varga = w.Actors[0];
        Assert.Equal(("Aldo Varga", ActorKind.Person, "Foreign Minister", "Veltria"), (varga.Name, varga.Kind, varga.Role, varga.Affiliation));
        Assert.Equal(["Varga", "Minister Varga"], varga.Aliases);
        Assert.Equal(ActorKind.Organization, w.Actors[2].Kind);
        Assert.Null(w.Actors[2].Role);
        Assert.Empty(w.Actors[1].Aliases);

        var topic = Assert.Single(w.Topics);
        Assert.True(topic.Urgent);
        Assert.Equal(["join the Pact", "NP membership"], topic.Keywords);
        Assert.Equal(["invit*"], topic.SupportCues);
        Assert.Equal(["neutrality"], topic.OpposeCues);
    }

    [Fact]
    public void Loads_from_a_stream()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Valid));
        Assert.Equal(3, WatchlistJson.Load(stream).Actors.Count);
    }

    [Fact]
    public void Empty_object_is_an_empty_watchlist()
    {
        var w = WatchlistJson.Parse("{}");
        Assert.Empty(w.Actors);
        Assert.Empty(w.Topics);
    }

    [Fact]
    public void Syntax_errors_say_line_and_column()
    {
        var ex = Assert.Throws<WatchlistFormatException>(() => WatchlistJson.Parse("{\n  \"actors\": [\n    { \"name\": \"Varga\" \"kind\": \"person\" }\n  ]\n}"));
        Assert.Equal(3, ex.Line);
        Assert.Contains("line 3", ex.Message);
    }

    [Theory]
    [InlineData("""[]""", "$", "expected an object but found an array")]
    [InlineData("""{ "version": 2 }""", "$.version", "unsupported version 2")]
    [InlineData("""{ "actors": {} }""", "$.actors", "expected an array")]
    [InlineData("""{ "actors": [ { "kind": "person" } ] }""", "$.actors[0]", "missing required property 'name'")]
    [InlineData("""{ "actors": [ { "name": "Varga", "kind": "persn" } ] }""", "$.actors[0].kind", "unknown actor kind 'persn'")]
    [InlineData("""{ "actors": [ { "name": " ", "kind": "person" } ] }""", "$.actors[0].name", "must not be empty")]
    [InlineData("""{ "actors": [ { "name": "Varga", "kind": "person", "aliases": ["V", 3] } ] }""", "$.actors[0].aliases[1]", "expected a string but found a number")]
    [InlineData("""{ "actors": [ { "name": "Varga", "kind": "person", "alias": [] } ] }""", "$.actors[0].alias", "unknown property 'alias'")]
    [InlineData("""{ "actors": [ { "name": "Varga", "kind": "person" }, { "name": "varga", "kind": "person" } ] }""", "$.actors[1]", "duplicate actor")]
    [InlineData("""{ "actors": [ { "name": "Aldo Varga", "kind": "person", "aliases": ["AV"] }, { "name": "Ana Vos", "kind": "person", "aliases": ["AV"] } ] }""", "$.actors[1]", "already a name or alias of 'Aldo Varga'")]
    [InlineData("""{ "topics": [ { "name": "T", "keywords": ["x"] } ] }""", "$.topics[0]", "missing required property 'description'")]
    [InlineData("""{ "topics": [ { "name": "T", "description": "d", "keywords": [] } ] }""", "$.topics[0].keywords", "at least one")]
    [InlineData("""{ "topics": [ { "name": "T", "description": "d", "keywords": ["ne*"] } ] }""", "$.topics[0].keywords[0]", "shorter than 3 letters")]
    [InlineData("""{ "topics": [ { "name": "T", "description": "d", "keywords": ["x"], "urgent": "yes" } ] }""", "$.topics[0].urgent", "expected true or false")]
    [InlineData("""{ "topics": [ { "name": "T", "description": "d", "keywords": ["x"] }, { "name": "t", "description": "d", "keywords": ["y"] } ] }""", "$.topics[1]", "duplicate topic 't'")]
    public void Malformed_files_say_what_and_where(string json, string path, string what)
    {
        var ex = Assert.Throws<WatchlistFormatException>(() => WatchlistJson.Parse(json));
        Assert.Equal(path, ex.Path);
        Assert.Contains(path, ex.Message);
        Assert.Contains(what, ex.Message);
    }

    [Fact]
    public void The_seed_watchlist_loads_with_the_expected_actors_and_topics()
    {
        var w = Positions.SeedFiles.Watchlist;

        var names = w.Actors.Select(a => a.Name).ToArray();
        foreach (var expected in new[] { "Pete Hegseth", "Donald Trump", "Vladimir Putin", "Volodymyr Zelenskyy", "Scott Bessent",
                     "Mark Rutte", "NATO", "Russia", "Ukraine", "United States", "Kremlin", "European Union" })
            Assert.Contains(expected, names);
        var zelenskyy = w.Actors.Single(a => a.Name == "Volodymyr Zelenskyy");
        Assert.Contains("Zelensky", zelenskyy.Aliases);
        Assert.Contains("Zelenskiy", zelenskyy.Aliases);
        Assert.Equal(("Defense Secretary", "United States"), (w.Actors.Single(a => a.Name == "Pete Hegseth").Role, w.Actors.Single(a => a.Name == "Pete Hegseth").Affiliation));
        Assert.Equal("Russia", w.Actors.Single(a => a.Name == "Kremlin").Affiliation);
        Assert.Equal(ActorKind.Organization, w.Actors.Single(a => a.Name == "Kremlin").Kind);

        Assert.Equal(6, w.Topics.Count);
        Assert.True(w.Topics.Count(t => t.Urgent) <= 1);
        Assert.All(w.Topics, t => Assert.StartsWith("Proposition:", t.Description));
    }
}
