using Briefing.Data.Actors;
using Briefing.Data.Positions;
using Briefing.Data.Statements;

namespace Briefing.Data.Articles;

public sealed record ArticleSummary(
    string Id,
    string Title,
    string? Url,
    string? Source,
    DateTimeOffset? PublishedAt,
    DateTimeOffset IngestedAt,
    int StatementCount);

public sealed record ArticleDetail(
    string Id,
    string Title,
    string Text,
    string? Url,
    string? Source,
    DateTimeOffset? PublishedAt,
    DateTimeOffset IngestedAt,
    IReadOnlyList<StatementView> Statements,
    IReadOnlyList<ActorView> Actors);

/// <summary>What one committed article added: the payload of the live events.</summary>
public sealed record IngestedArticle(
    ArticleSummary Article,
    IReadOnlyList<StatementView> Statements,
    IReadOnlyList<ActorView> Actors,
    IReadOnlyList<PositionChange> Positions);
