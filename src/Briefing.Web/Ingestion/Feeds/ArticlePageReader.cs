using AngleSharp.Html.Parser;
using Briefing.Web.Ingestion.Pages;
using SmartReader;

namespace Briefing.Web.Ingestion.Feeds;

/// <summary>A web page's article: its headline and its text, or nulls when it holds none.</summary>
public sealed record PageArticle(string? Title, string? Text);

/// <summary>The article of a web page, found by SmartReader (a port of Mozilla's Readability, the reader view of
/// Firefox) after <see cref="PageFurniture"/> has taken out captions, bylines, related links and the like (while
/// class names still say what they are), then reduced to plain text. The title is the headline (<see cref="Headline"/>).</summary>
public static class ArticlePageReader
{
    public static PageArticle Read(string url, string html)
    {
        var page = new HtmlParser().ParseDocument(html);
        var clues = Headline.Read(page, Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri : null);
        PageFurniture.Remove(page.Body);
        // SmartReader changes the document it is given: keep the cleaned page for when it finds no article.
        var cleaned = page.Body?.InnerHtml;
        var article = new Reader(url, page).GetArticle();
        // Readability's TextContent loses paragraph breaks; its cleaned HTML keeps them.
        var text = article.IsReadable ? HtmlText.FromHtml(article.Content) : HtmlText.FromHtml(cleaned);
        var title = Headline.Choose(clues, article.IsReadable ? article.Title : null, article.SiteName);
        return new PageArticle(title, string.IsNullOrWhiteSpace(text) ? null : text);
    }
}
