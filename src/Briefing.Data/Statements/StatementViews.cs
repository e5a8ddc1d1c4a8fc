using Briefing.Data.Actors;

namespace Briefing.Data.Statements;

/// <summary>A statement as the API, the hub and the UI show it. The first eight fields are the public API shape.</summary>
public sealed record StatementView(
    string Id,
    string ArticleId,
    ActorRef? Speaker,
    string Text,
    bool Direct,
    string? Cue,
    DateTimeOffset? PublishedAt,
    DateTimeOffset IngestedAt,
    string Kind,
    string Resolution,
    double Confidence,
    string ArticleTitle,
    string? SpeakerRole,
    IReadOnlyList<SpanView> Content,
    SpanView? Source,
    SpanView? CueSpan,
    int Ordinal = 0);

public sealed record SpanView(int Start, int End);

/// <summary>Filters for <see cref="StatementStore.Query"/>; all optional. <see cref="After"/> starts the page after
/// that statement (its ingested time, ordinal and id: <see cref="CursorOf"/>), newest first.</summary>
public sealed record StatementQuery(string? ActorId = null, string? Text = null, string? ArticleId = null, int Limit = 50,
    bool QuotesOnly = false, int Offset = 0, ListCursor? After = null)
{
    public static ListCursor CursorOf(StatementView statement) =>
        new(statement.IngestedAt, statement.Ordinal, statement.Id);
}
