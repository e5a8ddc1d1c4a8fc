using Briefing.Data.Actors;
using Briefing.Data.Curation;
using Briefing.Data.Positions;
using Briefing.Data.Statements;
using Briefing.Web.Live;

namespace Briefing.Web.Curation;

/// <summary>Applies an analyst's actor curation (merge, undo, split, edit) and tells every screen: each moved
/// statement is re-published with its new speaker, and position views reload.</summary>
public sealed class ActorCurator(ActorCurationStore curations, ActorStore actors, StatementStore statements, PositionStore positions, LiveNotifier notifier)
{
    public async Task<(ActorCurationResult? Result, string? Error)> MergeAsync(string sourceId, string targetId, string by) =>
        await PublishAsync(curations.Merge(sourceId, targetId, by));

    public async Task<(ActorCurationResult? Result, string? Error)> UndoAsync(long curationId, string by) =>
        await PublishAsync(curations.Undo(curationId, by));

    public async Task<(ActorCurationResult? Result, string? Error)> SplitAsync(string actorId, string name, IReadOnlyCollection<string> aliases,
        IReadOnlyCollection<string> statementIds, string by) =>
        await PublishAsync(curations.Split(actorId, name, aliases, statementIds, by));

    public ActorView? Edit(string actorId, string? role, string? affiliation, string by)
    {
        if (curations.Edit(actorId, Clean(role), Clean(affiliation), by) is null) return null;
        actors.Changed();
        return actors.Find(actorId);
    }

    private async Task<(ActorCurationResult?, string?)> PublishAsync((ActorCurationResult? Result, string? Error) outcome)
    {
        if (outcome.Result is not { } result) return outcome;
        // Curation writes actors outside ActorStore: its cached ranking must not outlive the change.
        actors.Changed();
        foreach (var statement in statements.ByIds(result.Statements))
            await notifier.PublishAsync(new StatementCurated(statement.Id, statement));
        await notifier.PublishPositionChangesAsync(positions, result.Positions);
        // Positions of the actor that gave its statements away are gone: views reload.
        await notifier.PublishAsync(new PositionsRebuilt());
        return outcome;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
