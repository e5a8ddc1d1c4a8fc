using Briefing.Core.Positions;
using Briefing.Core.Watchlists;
using Briefing.Data.Positions;
using Briefing.Data.Statements;
using Briefing.Data.Topics;
using Briefing.Web.Live;

namespace Briefing.Web.Positions;

/// <summary>Adds and edits topics; every change re-classifies all existing statements and rebuilds positions.</summary>
public sealed class TopicEditor(TopicStore topics, TopicCatalog catalog, StatementStore statements, PositionStore positions,
    LiveNotifier notifier)
{
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    /// <summary>Saves a topic; throws <see cref="TopicRejectedException"/> (nothing stored) when its name is taken
    /// (in any case) or the topics with it would not compile.</summary>
    public async Task<string> SaveAsync(string? id, WatchedTopic topic)
    {
        var saved = id;
        await ChangeAsync(() =>
        {
            Admit(id, topic);
            saved = topics.Save(id, topic);
        });
        return saved!;
    }

    public Task DeleteAsync(string id) => ChangeAsync(() => topics.Delete(id));

    /// <summary>Validated against the whole set as it would be after the save, before anything is written.</summary>
    private void Admit(string? id, WatchedTopic topic)
    {
        var others = topics.List().Where(t => t.Id != id).ToList();
        if (others.Any(t => string.Equals(t.Name, topic.Name, StringComparison.OrdinalIgnoreCase)))
            throw new TopicRejectedException(new("name", $"A topic named \"{topic.Name}\" already exists."));
        try
        {
            _ = new PositionAnalyzer([.. others.Where(t => catalog.Problem(t.Id) is null).Select(t => t.ToWatched()), topic]);
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException or InvalidOperationException)
        {
            throw new TopicRejectedException(new("topic", exception.Message));
        }
    }

    /// <summary>An analyst's "wrong stance": the statement becomes a labelled example of the topic (null stance =
    /// not about it), the topic's head retrains, and positions are rebuilt and pushed.</summary>
    public async Task CorrectStanceAsync(string topicId, string statementId, string text, Core.Positions.Stance? stance)
    {
        IReadOnlyList<PositionChange> changes;
        await _oneAtATime.WaitAsync();
        try
        {
            topics.SaveCorrection(topicId, statementId, text, stance);
            catalog.Reload();
            // Only this topic's head changed: re-judge every statement on it, keep the other topics' rows.
            var all = statements.AllWithSentences();
            changes = positions.Reclassify([.. all.Select(s => s.Id)], catalog.ClassifyStored(all), topicId);
        }
        finally
        {
            _oneAtATime.Release();
        }
        await notifier.PublishPositionChangesAsync(positions, changes);
    }

    /// <summary>One topic change at a time: apply it, re-classify everything, then tell every screen to reload.</summary>
    private async Task ChangeAsync(Action change)
    {
        await _oneAtATime.WaitAsync();
        try
        {
            change();
            Reclassify();
        }
        finally
        {
            _oneAtATime.Release();
        }
        await notifier.PublishAsync(new PositionsRebuilt());
    }

    private void Reclassify()
    {
        catalog.Reload();
        positions.ReplaceAll(catalog.ClassifyStored(statements.AllWithSentences()));
    }
}
