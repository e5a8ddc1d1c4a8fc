using Briefing.Core.Positions;
using Briefing.Core.Watchlists;

namespace Briefing.Web.Positions;

/// <summary>What is wrong with a topic, and in which field (the JSON name).</summary>
public sealed record TopicProblem(string Field, string Message);

/// <summary>A topic refused before anything was stored.</summary>
public sealed class TopicRejectedException(TopicProblem problem) : Exception(problem.Message)
{
    public TopicProblem Problem { get; } = problem;
}

/// <summary>A topic as staff write it: a name, the proposition it tracks, and the words that signal it.</summary>
public sealed record TopicRequest(string? Name, string? Description, string[]? Keywords, string[]? SupportCues, string[]? OpposeCues,
    bool Urgent = false, ExampleRequest[]? Examples = null)
{
    private const int MaxWords = 200, MaxWordLength = 100, MaxDescription = 2_000;

    public string? Validate() => Check()?.Message;

    /// <summary>The first problem, by field. Every list is compiled exactly as the classifiers will compile it, so a
    /// topic that passes here cannot fail later when the catalog is rebuilt (or the app restarts).</summary>
    public TopicProblem? Check()
    {
        if (string.IsNullOrWhiteSpace(Name)) return new("name", "\"name\" is required.");
        if (Name.Trim().Length > 100) return new("name", "\"name\" is longer than 100 characters.");
        if (Description?.Length > MaxDescription) return new("description", $"\"description\" is longer than {MaxDescription} characters.");
        if (Keywords is null || !Keywords.Any(k => !string.IsNullOrWhiteSpace(k))) return new("keywords", "\"keywords\" needs at least one word or phrase.");
        for (var i = 0; i < (Examples?.Length ?? 0); i++)
        {
            if (string.IsNullOrWhiteSpace(Examples![i].Text)) return new("examples", $"\"examples[{i}].text\" is required.");
            if (Examples[i].Text!.Length > MaxDescription) return new("examples", $"\"examples[{i}].text\" is longer than {MaxDescription} characters.");
            if (StanceNames.ParseLabel(Examples[i].Stance) is null) return new("examples", $"\"examples[{i}].stance\" must be one of supports, opposes, none.");
        }
        if ((TooLong("keywords", Keywords) ?? TooLong("supportCues", SupportCues) ?? TooLong("opposeCues", OpposeCues)) is { } tooLong) return tooLong;
        var keywordsOnly = ToWatched() with { SupportCues = [], OpposeCues = [] };
        return Compiles("keywords", () => new TopicClassifier([keywordsOnly]))
               ?? Compiles("supportCues", () => new StanceClassifier([keywordsOnly with { SupportCues = Clean(SupportCues) }]))
               ?? Compiles("opposeCues", () => new StanceClassifier([keywordsOnly with { OpposeCues = Clean(OpposeCues) }]))
               ?? Compiles("topic", () => new PositionAnalyzer([ToWatched()]));
    }

    public WatchedTopic ToWatched() => new(Name!.Trim(), Description?.Trim() ?? "", Clean(Keywords), Urgent, Clean(SupportCues), Clean(OpposeCues),
        (Examples ?? []).Where(e => !string.IsNullOrWhiteSpace(e.Text) && StanceNames.ParseLabel(e.Stance) is not null)
            .Select(e => new TopicExample(e.Text!.Trim(), StanceNames.ParseLabel(e.Stance)!.Value)).ToArray());

    private static TopicProblem? TooLong(string field, string[]? words) =>
        words is null ? null
        : words.Length > MaxWords ? new(field, $"\"{field}\" has more than {MaxWords} entries.")
        : words.Any(w => w?.Length > MaxWordLength) ? new(field, $"\"{field}\" has an entry longer than {MaxWordLength} characters.")
        : null;

    private static TopicProblem? Compiles(string field, Func<object> compile)
    {
        try
        {
            compile();
            return null;
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException or InvalidOperationException)
        {
            return new(field, $"\"{field}\": {exception.Message}");
        }
    }

    private static string[] Clean(string[]? words) =>
        (words ?? []).Where(w => w is not null).Select(w => w.Trim()).Where(w => w.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
}

/// <summary>A labelled statement of a topic: stance supports, opposes or none.</summary>
public sealed record ExampleRequest(string? Text, string? Stance);
