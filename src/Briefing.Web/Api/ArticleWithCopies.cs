using Briefing.Data.Actors;
using Briefing.Data.Articles;
using Briefing.Data.Inbox;
using Briefing.Data.Statements;

namespace Briefing.Web.Api;

/// <summary>GET /api/articles/{id}: the article, plus the other outlets that carried a copy of it.</summary>
public sealed record ArticleWithCopies(
    string Id,
    string Title,
    string Text,
    string? Url,
    string? Source,
    DateTimeOffset? PublishedAt,
    DateTimeOffset IngestedAt,
    IReadOnlyList<StatementView> Statements,
    IReadOnlyList<ActorView> Actors,
    IReadOnlyList<CarriedBy> AlsoCarriedBy)
{
    public static ArticleWithCopies From(ArticleDetail a, IReadOnlyList<CarriedBy> copies) =>
        new(a.Id, a.Title, a.Text, a.Url, a.Source, a.PublishedAt, a.IngestedAt, a.Statements, a.Actors, copies);
}
