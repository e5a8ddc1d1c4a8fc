using Briefing.Data.Articles;
using Briefing.Web.Components.Shared;

namespace Briefing.Web.Components.Pages.Dashboard;

/// <summary>A "Latest articles" line's link and meta text, made once per article (and per age: "just now" for most
/// of a live line's life) and shared by every dashboard: a live article is one object for all circuits, and at
/// 1,000 articles/s each dashboard's frame brings thirty new lines.</summary>
public sealed class ArticleLineText
{
    private static readonly RecentlyMade<ArticleSummary, ArticleLineText> Made = new(a => new ArticleLineText(a));

    private readonly ArticleSummary _article;
    private Meta? _meta;

    private ArticleLineText(ArticleSummary article)
    {
        _article = article;
        Href = $"articles/{Uri.EscapeDataString(article.Id)}";
    }

    public static ArticleLineText Of(ArticleSummary article) => Made.Of(article);

    public string Href { get; }

    /// <summary>"Load Wire · just now · 3 statements".</summary>
    public string MetaAt(DateTimeOffset now)
    {
        var ago = TimeText.Ago(_article.PublishedAt ?? _article.IngestedAt, now);
        if (Volatile.Read(ref _meta) is { } made && made.Ago == ago) return made.Text;
        var count = _article.StatementCount;
        var meta = new Meta(ago, $"{_article.Source ?? "submitted"} · {ago} · {count} statement{(count == 1 ? "" : "s")}");
        Volatile.Write(ref _meta, meta);
        return meta.Text;
    }

    private sealed record Meta(string Ago, string Text);
}
