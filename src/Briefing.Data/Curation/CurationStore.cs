using Briefing.Data.Positions;
using Briefing.Data.Schema;
using Dapper;

namespace Briefing.Data.Curation;

/// <summary>What a correction changed: the statement and the positions it fed before and after.</summary>
public sealed record CurationResult(string StatementId, IReadOnlyList<PositionChange> Positions);

public sealed record CurationView(string StatementId, string Action, string? Detail, string CuratedBy, DateTimeOffset CuratedAt);

/// <summary>Analysts' corrections of the machine: reject a statement, or give it the right speaker. Each is recorded
/// with who and when, and the positions it touches are recomputed in the same transaction.</summary>
public sealed class CurationStore(Database database, PositionStore positions, TimeProvider clock)
{
    public CurationResult? Reject(string statementId, string by, string? note = null)
    {
        using var connection = database.Open();
        using var tx = connection.BeginTransaction();
        var speaker = Live(connection, tx, statementId);
        if (speaker is null) return null;
        connection.Execute("UPDATE statements SET rejected = 1 WHERE id = @statementId", new { statementId }, tx);
        Record(connection, tx, statementId, "reject", note, by);
        var changes = positions.RecomputeForStatement(connection, tx, statementId, speaker.SpeakerId);
        tx.Commit();
        return new CurationResult(statementId, changes);
    }

    public CurationResult? Reassign(string statementId, string actorId, string by)
    {
        using var connection = database.Open();
        using var tx = connection.BeginTransaction();
        var current = Live(connection, tx, statementId);
        if (current is null) return null;
        connection.Execute(
            "UPDATE statements SET speaker_id = @actorId, resolution = 'curated', confidence = 1.0 WHERE id = @statementId",
            new { statementId, actorId }, tx);
        Record(connection, tx, statementId, "speaker", $"{current.SpeakerId ?? "none"} → {actorId}", by);
        var changes = positions.RecomputeForStatement(connection, tx, statementId, current.SpeakerId)
            .Concat(positions.RecomputeForStatement(connection, tx, statementId, actorId)).ToList();
        tx.Commit();
        return new CurationResult(statementId, changes);
    }

    public IReadOnlyList<CurationView> History(string statementId)
    {
        using var connection = database.Open();
        return connection.Query<CurationRow>(
            """
            SELECT statement_id AS StatementId, action AS Action, detail AS Detail, curated_by AS CuratedBy, curated_at AS CuratedAt
            FROM curations WHERE statement_id = @statementId ORDER BY id
            """, new { statementId })
            .Select(r => new CurationView(r.StatementId, r.Action, r.Detail, r.CuratedBy, r.CuratedAt)).AsList();
    }

    private static StatementOwner? Live(System.Data.IDbConnection connection, System.Data.IDbTransaction tx, string statementId) =>
        connection.QueryFirstOrDefault<StatementOwner>(
            "SELECT id AS Id, speaker_id AS SpeakerId FROM statements WHERE id = @statementId AND rejected = 0", new { statementId }, tx);

    private sealed class StatementOwner
    {
        public string Id { get; init; } = "";
        public string? SpeakerId { get; init; }
    }

    private void Record(System.Data.IDbConnection connection, System.Data.IDbTransaction tx, string statementId, string action, string? detail, string by) =>
        connection.Execute(
            "INSERT INTO curations (statement_id, action, detail, curated_by, curated_at) VALUES (@statementId, @action, @detail, @by, @now)",
            new { statementId, action, detail, by, now = clock.GetUtcNow() }, tx);

    private sealed class CurationRow
    {
        public string StatementId { get; init; } = "";
        public string Action { get; init; } = "";
        public string? Detail { get; init; }
        public string CuratedBy { get; init; } = "";
        public DateTimeOffset CuratedAt { get; init; }
    }
}
