using Briefing.Core.Watchlists;
using Briefing.Data.Positions;
using Briefing.Data.Statements;
using Briefing.Data.Topics;
using Briefing.Web.Live;

namespace Briefing.Web.Positions;

/// <summary>Adds and edits topics; every change re-classifies all existing statements and rebuilds positions.</summary>
public sealed class TopicEditor(TopicStore topics, TopicCatalog catalog, StatementStore statements, PositionStore positions, LiveNotifier notifier)
{
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    public async Task<string> SaveAsync(string? id, WatchedTopic topic)
    {
        var saved = id;
        await ChangeAsync(() => saved = topics.Save(id, topic));
        return saved!;
    }

    public Task DeleteAsync(string id) => ChangeAsync(() => topics.Delete(id));

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
        var classified = statements.AllWithSentences()
            .SelectMany(s => catalog.Classify(s.Id, s.Text, s.Sentence, s.Cue))
            .ToList();
        positions.ReplaceAll(classified);
    }
}
