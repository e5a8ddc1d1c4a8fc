using SmartReader;

namespace Briefing.Web.Ingestion.Feeds;

/// <summary>The article text of a web page, found by SmartReader (a port of Mozilla's Readability, the reader view
/// of Firefox): navigation, ads and boilerplate dropped, then reduced to plain text.</summary>
public static class ArticlePageReader
{
    public static string? ExtractText(string url, string html)
    {
        var article = new Reader(url, html).GetArticle();
        // Readability's TextContent loses paragraph breaks; its cleaned HTML keeps them.
        var text = article.IsReadable ? HtmlText.FromHtml(article.Content) : HtmlText.FromHtml(html);
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }
}
