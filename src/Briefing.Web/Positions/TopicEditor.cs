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
        await _oneAtATime.WaitAsync();
        try
        {
            id = topics.Save(id, topic);
            Reclassify();
        }
        finally
        {
            _oneAtATime.Release();
        }
        await notifier.PublishAsync(new PositionsRebuilt());
        return id;
    }

    public async Task DeleteAsync(string id)
    {
        await _oneAtATime.WaitAsync();
        try
        {
            topics.Delete(id);
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
