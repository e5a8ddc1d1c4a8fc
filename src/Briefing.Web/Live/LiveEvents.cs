using Briefing.Data.Actors;
using Briefing.Data.Articles;
using Briefing.Data.Statements;

namespace Briefing.Web.Live;

/// <summary>Something that changed, published after it was committed.</summary>
public abstract record LiveEvent;

/// <summary>An article and everything extracted from it were committed.</summary>
public sealed record ArticleIngested(ArticleSummary Article, IReadOnlyList<StatementView> Statements, IReadOnlyList<ActorView> Actors) : LiveEvent
{
    public static ArticleIngested From(IngestedArticle ingested) => new(ingested.Article, ingested.Statements, ingested.Actors);
}

/// <summary>The hub message "ArticleIngested" (exact shape: external tools depend on it).</summary>
public sealed record ArticleIngestedMessage(string ArticleId, string Title, int StatementCount);
