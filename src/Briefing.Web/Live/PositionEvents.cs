using Briefing.Data.Positions;

namespace Briefing.Web.Live;

public static class PositionEvents
{
    /// <summary>Publishes PositionChanged for each touched position that still exists, in its current stored form.</summary>
    public static async Task PublishPositionChangesAsync(this LiveNotifier notifier, PositionStore positions, IEnumerable<PositionChange> changes)
    {
        foreach (var change in changes)
        {
            if (positions.Find(change.ActorId, change.TopicId) is { } position)
                await notifier.PublishAsync(new PositionChanged(position, change.Shift));
        }
    }
}
