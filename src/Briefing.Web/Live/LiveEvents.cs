using Briefing.Data.Actors;
using Briefing.Data.Articles;
using Briefing.Data.Statements;

namespace Briefing.Web.Live;

/// <summary>Something that changed, published after it was committed.</summary>
public abstract record LiveEvent
{
    /// <summary>Committed by another node and relayed here (see <see cref="NodeRelay"/>); never serialised.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool FromOtherNode { get; init; }
}

/// <summary>An article and everything extracted from it were committed.</summary>
public sealed record ArticleIngested(ArticleSummary Article, IReadOnlyList<StatementView> Statements, IReadOnlyList<ActorView> Actors) : LiveEvent
{
    public static ArticleIngested From(IngestedArticle ingested) => new(ingested.Article, ingested.Statements, ingested.Actors);
}

/// <summary>The hub message "ArticleIngested" (exact shape: external tools depend on it).</summary>
public sealed record ArticleIngestedMessage(string ArticleId, string Title, int StatementCount);

/// <summary>An actor's position on a topic changed (new evidence, new stance, or a <see cref="Shift"/>).</summary>
public sealed record PositionChanged(Briefing.Data.Positions.PositionView Position, bool Shift) : LiveEvent;

/// <summary>Topics were edited and every position was recomputed: views reload.</summary>
public sealed record PositionsRebuilt : LiveEvent;

/// <summary>An analyst corrected a statement: <see cref="Statement"/> is its new form, or null when it was rejected.</summary>
public sealed record StatementCurated(string StatementId, Briefing.Data.Statements.StatementView? Statement) : LiveEvent;

/// <summary>The subscriber fell behind and events were dropped: reload from the store (every dropped event was
/// committed before it was published).</summary>
public sealed record LiveRefresh : LiveEvent
{
    public static readonly LiveRefresh Instance = new();
}
