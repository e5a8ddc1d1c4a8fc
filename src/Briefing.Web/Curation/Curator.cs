using Briefing.Data.Curation;
using Briefing.Data.Positions;
using Briefing.Data.Statements;
using Briefing.Web.Live;

namespace Briefing.Web.Curation;

/// <summary>Applies an analyst's correction and tells every screen: the statement changes or disappears everywhere,
/// and the positions it fed are recomputed and pushed.</summary>
public sealed class Curator(CurationStore curations, StatementStore statements, PositionStore positions, LiveNotifier notifier)
{
    public async Task<StatementView?> ReassignAsync(string statementId, string actorId, string by)
    {
        var result = curations.Reassign(statementId, actorId, by);
        if (result is null) return null;
        var statement = statements.ByIds([statementId]).Single();
        await notifier.PublishAsync(new StatementCurated(statementId, statement));
        await PublishPositionsAsync(result);
        return statement;
    }

    public async Task<bool> RejectAsync(string statementId, string by, string? note = null)
    {
        var result = curations.Reject(statementId, by, note);
        if (result is null) return false;
        await notifier.PublishAsync(new StatementCurated(statementId, null));
        await PublishPositionsAsync(result);
        return true;
    }

    private async Task PublishPositionsAsync(CurationResult result)
    {
        await notifier.PublishPositionChangesAsync(positions, result.Positions);
        // A correction can also remove a position altogether (its only evidence left): views reload.
        if (result.Positions.Count > 0) await notifier.PublishAsync(new PositionsRebuilt());
    }
}
