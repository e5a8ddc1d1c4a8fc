using Briefing.Core.Positions;
using Briefing.Core.Watchlists;

namespace Briefing.Web.Positions;

/// <summary>A topic as staff write it: a name, the proposition it tracks, and the words that signal it.</summary>
public sealed record TopicRequest(string? Name, string? Description, string[]? Keywords, string[]? SupportCues, string[]? OpposeCues,
    bool Urgent = false, ExampleRequest[]? Examples = null)
{
    public string? Validate()
    {
        if (string.IsNullOrWhiteSpace(Name)) return "\"name\" is required.";
        if (Name.Length > 100) return "\"name\" is longer than 100 characters.";
        if (Keywords is null || !Keywords.Any(k => !string.IsNullOrWhiteSpace(k))) return "\"keywords\" needs at least one word or phrase.";
        for (var i = 0; i < (Examples?.Length ?? 0); i++)
        {
            if (string.IsNullOrWhiteSpace(Examples![i].Text)) return $"\"examples[{i}].text\" is required.";
            if (StanceNames.ParseLabel(Examples[i].Stance) is null) return $"\"examples[{i}].stance\" must be one of supports, opposes, none.";
        }
        try
        {
            // The classifier is the judge of keyword syntax ("negotiat*" needs 3+ letters before the star, ...).
            _ = new Briefing.Core.Positions.TopicClassifier([ToWatched()]);
        }
        catch (ArgumentException exception)
        {
            return exception.Message;
        }
        return null;
    }

    public WatchedTopic ToWatched() => new(Name!.Trim(), Description?.Trim() ?? "", Clean(Keywords), Urgent, Clean(SupportCues), Clean(OpposeCues),
        (Examples ?? []).Where(e => !string.IsNullOrWhiteSpace(e.Text) && StanceNames.ParseLabel(e.Stance) is not null)
            .Select(e => new TopicExample(e.Text!.Trim(), StanceNames.ParseLabel(e.Stance)!.Value)).ToArray());

    private static string[] Clean(string[]? words) =>
        (words ?? []).Select(w => w.Trim()).Where(w => w.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
}

/// <summary>A labelled statement of a topic: stance supports, opposes or none.</summary>
public sealed record ExampleRequest(string? Text, string? Stance);
