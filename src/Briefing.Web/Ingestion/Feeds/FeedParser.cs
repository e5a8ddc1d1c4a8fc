using System.Security.Cryptography;
using System.Text;
using System.Xml;
using Briefing.Web.Ingestion.Feeds.Parsing;

namespace Briefing.Web.Ingestion.Feeds;

/// <summary>One item of a feed: its stable key, and what it carries (full content, or only a summary).</summary>
public sealed record FeedEntry(string Key, string Title, string? Link, string? ContentHtml, string? SummaryHtml, DateTimeOffset? PublishedAt);

/// <summary>Any feed the web serves — RSS 0.9x/1.0/2.0, Atom 0.3/1.0, JSON Feed — read forgivingly (see
/// <see cref="XmlRepair"/>). What cannot be read throws <see cref="FeedFormatException"/> with a reason a person can
/// act on; no other exception escapes.</summary>
public static class FeedParser
{
    public static (string? Title, IReadOnlyList<FeedEntry> Entries) Parse(string body, string? feedUrl = null)
    {
        var baseUri = Uri.TryCreate(feedUrl, UriKind.Absolute, out var uri) ? uri : null;
        var text = body.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (text.Length == 0) throw new FeedFormatException("not a feed: the response is empty");
        try
        {
            var (title, items) = text[0] is '{' or '[' ? JsonFeedReader.Read(text, baseUri) : ReadXml(body, baseUri);
            return (Tidy(title), items.Select(ToEntry).ToList());
        }
        catch (FeedFormatException)
        {
            throw;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Our readers should not throw anything else; if one does, the feed still gets a status, not a crash.
            throw new FeedFormatException($"the feed could not be read ({exception.GetType().Name}: {exception.Message})", exception);
        }
    }

    private static (string?, IReadOnlyList<RawItem>) ReadXml(string body, Uri? baseUri)
    {
        if (LooksLikeHtml(body)) throw new FeedFormatException("not a feed: HTML page" + AdvertisedFeed(body, baseUri));
        if (!body.Contains('<')) throw new FeedFormatException("not a feed: plain text, not XML or JSON");
        System.Xml.Linq.XElement root;
        try
        {
            root = XmlFeedReader.Load(XmlRepair.Repair(body));
        }
        catch (XmlException exception)
        {
            throw new FeedFormatException($"malformed XML at line {exception.LineNumber}: {ShortReason(exception)}", exception);
        }
        if (root.Name.LocalName.Equals("html", StringComparison.OrdinalIgnoreCase)) throw new FeedFormatException("not a feed: HTML page");
        return XmlFeedReader.Read(root, baseUri);
    }

    /// <summary>An HTML page (a site's home page, a login wall, an error page) where a feed was expected.</summary>
    private static bool LooksLikeHtml(string body)
    {
        var head = body.Length > 2048 ? body[..2048] : body;
        var firstTag = head.IndexOf('<');
        while (firstTag >= 0 && (string.CompareOrdinal(head, firstTag, "<?", 0, 2) == 0 || string.CompareOrdinal(head, firstTag, "<!--", 0, 4) == 0))
        {
            var close = head.IndexOf('>', firstTag);
            firstTag = close < 0 ? -1 : head.IndexOf('<', close);
        }
        if (firstTag < 0) return false;
        var tag = head[firstTag..];
        return tag.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase) || tag.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
               || tag.StartsWith("<head", StringComparison.OrdinalIgnoreCase) || tag.StartsWith("<body", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A page that links its feed (&lt;link rel="alternate" type="application/rss+xml" href="…"&gt;) says where.</summary>
    private static string AdvertisedFeed(string html, Uri? baseUri)
    {
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        var href = page.QuerySelectorAll("link[rel~='alternate'][href]")
            .FirstOrDefault(l => l.GetAttribute("type") is "application/rss+xml" or "application/atom+xml" or "application/feed+json")?.GetAttribute("href");
        if (href is null) return "";
        var url = baseUri is not null && Uri.TryCreate(baseUri, href, out var absolute) ? absolute.ToString() : href;
        return $"; its feed may be {url}";
    }

    /// <summary>The parser's message without its own "Line n, position m." tail (we say the line already).</summary>
    private static string ShortReason(XmlException exception)
    {
        var message = exception.Message;
        var tail = message.IndexOf(" Line ", StringComparison.Ordinal);
        return (tail > 0 ? message[..tail] : message).TrimEnd('.', ' ');
    }

    private static FeedEntry ToEntry(RawItem item) => new(
        Key: item.Id ?? item.Link ?? Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{item.TitleHtml}\n{item.SummaryHtml}")))[..32],
        Title: HtmlText.InlineText(item.TitleHtml),
        Link: item.Link,
        ContentHtml: item.ContentHtml,
        SummaryHtml: item.SummaryHtml,
        PublishedAt: item.PublishedAt);

    private static string? Tidy(string? title) => string.IsNullOrWhiteSpace(title) ? null : HtmlText.Tidy(title);
}
