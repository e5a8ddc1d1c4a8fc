using Briefing.Data.Articles;
using Briefing.Web.Components.Shared;
using Microsoft.AspNetCore.Components;

namespace Briefing.Web.Components.Pages.Dashboard;

/// <summary>A "Latest articles" line's markup (the link, then "Load Wire · just now · 3 statements" and the NEW chip),
/// made once per article and per age ("just now" for most of a live line's life) and shared by every dashboard: a
/// live article is one object for all circuits, and at 1,000 articles/s each dashboard's frame brings thirty new
/// lines. The title and the source are HTML-encoded here.</summary>
public sealed class ArticleLineText
{
    private static readonly RecentlyMade<ArticleSummary, ArticleLineText> Made = new(a => new ArticleLineText(a));

    private readonly ArticleSummary _article;
    private readonly string _link;
    private Aged? _aged;

    private ArticleLineText(ArticleSummary article)
    {
        _article = article;
        _link = $"<a href=\"{HtmlText.Encode($"articles/{Uri.EscapeDataString(article.Id)}")}\">{HtmlText.Encode(article.Title)}</a>";
    }

    public static ArticleLineText Of(ArticleSummary article) => Made.Of(article);

    /// <summary>The line's markup inside its element, as it reads at <paramref name="now"/>.</summary>
    public MarkupString HtmlAt(DateTimeOffset now, bool isNew)
    {
        var ago = TimeText.Ago(_article.PublishedAt ?? _article.IngestedAt, now);
        if (Volatile.Read(ref _aged) is not { } aged || aged.Ago != ago)
        {
            var count = _article.StatementCount;
            var meta = HtmlText.Encode($"{_article.Source ?? "submitted"} · {ago} · {count} statement{(count == 1 ? "" : "s")}");
            string Html(bool fresh) => $"{_link}<div class=\"article-meta\">{meta}{(fresh ? HtmlText.NewChip : "")}</div>";
            aged = new Aged(ago, new MarkupString(Html(false)), new MarkupString(Html(true)));
            Volatile.Write(ref _aged, aged);
        }
        return isNew ? aged.New : aged.Plain;
    }

    private sealed record Aged(string Ago, MarkupString Plain, MarkupString New);
}
