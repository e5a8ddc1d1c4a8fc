using Briefing.Core.Watchlists;

namespace Briefing.Web.Positions;

/// <summary>A topic as staff write it: a name, the proposition it tracks, and the words that signal it.</summary>
public sealed record TopicRequest(string? Name, string? Description, string[]? Keywords, string[]? SupportCues, string[]? OpposeCues, bool Urgent = false)
{
    public string? Validate()
    {
        if (string.IsNullOrWhiteSpace(Name)) return "\"name\" is required.";
        if (Name.Length > 100) return "\"name\" is longer than 100 characters.";
        if (Keywords is null || !Keywords.Any(k => !string.IsNullOrWhiteSpace(k))) return "\"keywords\" needs at least one word or phrase.";
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

    public WatchedTopic ToWatched() => new(Name!.Trim(), Description?.Trim() ?? "", Clean(Keywords), Urgent, Clean(SupportCues), Clean(OpposeCues));

    private static string[] Clean(string[]? words) =>
        (words ?? []).Select(w => w.Trim()).Where(w => w.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
}
