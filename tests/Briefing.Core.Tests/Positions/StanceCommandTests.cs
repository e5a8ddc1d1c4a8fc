using System.Text.Json;
using Briefing.Cli;

namespace Briefing.Core.Tests.Positions;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    public const string Name = "Console (global Console.Error)";
}

/// <summary>`briefing stance` end to end on files in a temp folder.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class StanceCommandTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("stance-cli-");

    private const string Topics = """
        [{"name": "Harbour access", "description": "Proposition: the harbour of Serin stays open.", "keywords": ["harbour"],
          "target": "ignored: benchmark files carry their own fields",
          "examples": [{"text": "Keep the harbour open.", "stance": "supports"}]}]
        """;

    public void Dispose() => _dir.Delete(recursive: true);

    private string File(string name, string text)
    {
        var path = Path.Combine(_dir.FullName, name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    private (int Code, string Error) Run(string topics, string items, params string[] flags)
    {
        var error = new StringWriter();
        var old = Console.Error;
        Console.SetError(error);
        try
        {
            return (StanceCommand.Run(File("topics.json", topics), File("items.jsonl", items), Path.Combine(_dir.FullName, "out.jsonl"),
                cuesOnly: flags.Contains("--cues-only")), error.ToString());
        }
        finally
        {
            Console.SetError(old);
        }
    }

    [Fact]
    public void Each_item_gets_a_stance_on_its_topic_and_ids_keep_their_type()
    {
        var (code, _) = Run(Topics, """
            {"id": 7, "topic": "Harbour access", "text": "Varga said Veltria rejects any reopening of the harbour."}
            {"id": "b", "topic": "harbour access", "text": "The weather was mild."}

            """, "--cues-only");

        Assert.Equal(0, code);
        var lines = System.IO.File.ReadAllLines(Path.Combine(_dir.FullName, "out.jsonl")).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(2, lines.Length);
        Assert.Equal(JsonValueKind.Number, lines[0].GetProperty("id").ValueKind);
        Assert.Equal("opposes", lines[0].GetProperty("stance").GetString());
        Assert.Equal("Harbour access", lines[1].GetProperty("topic").GetString());
        Assert.Equal("none", lines[1].GetProperty("stance").GetString());
        Assert.Equal(0, lines[1].GetProperty("confidence").GetDouble());
    }

    [Theory]
    [InlineData("{\"id\": 1, \"topic\": \"Harbour access\", \"text\": \"ok\"}\n{\"id\": 2, \"topic\": ", "line 2: invalid JSON")]
    [InlineData("{\"id\": 1, \"topic\": \"Tides\", \"text\": \"ok\"}", "line 1: unknown topic 'Tides'")]
    [InlineData("{\"id\": 1, \"topic\": \"Harbour access\"}", "line 1: 'text' must be a string")]
    [InlineData("{\"topic\": \"Harbour access\", \"text\": \"ok\"}", "line 1: missing 'id'")]
    [InlineData("{\"id\": 1, \"topic\": \"Harbour access\", \"text\": \"a\"}\n{\"id\": 1, \"topic\": \"Harbour access\", \"text\": \"b\"}", "line 2: duplicate id '1'")]
    [InlineData("[1]", "line 1: expected a JSON object")]
    public void Bad_items_name_the_line_and_exit_2(string items, string expected)
    {
        var (code, error) = Run(Topics, items, "--cues-only");

        Assert.Equal(2, code);
        Assert.Contains("items.jsonl " + expected, error);
    }

    [Theory]
    [InlineData("[{\"name\": \"T\", \"description\": \"d\"}]", "$[0]: missing required property 'keywords'")]
    [InlineData("[{\"name\": \"T\", \"description\": \"d\", \"keywords\": [\"x\"], \"examples\": [{\"text\": \"t\", \"stance\": \"maybe\"}]}]", "$[0].examples[0].stance")]
    [InlineData("[{\"name\": \"T\",\n \"description\": }]", "topics.json line 2")]
    public void Bad_topics_are_named_and_exit_2(string topics, string expected)
    {
        var (code, error) = Run(topics, "", "--cues-only");

        Assert.Equal(2, code);
        Assert.Contains(expected, error);
    }
}
