using System.Net;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Briefing.Web.Ingestion.Feeds.Parsing;

/// <summary>One feed item before clean-up: title and bodies as HTML, link absolute when it could be made so.</summary>
public sealed record RawItem(string? Id, string? TitleHtml, string? Link, string? ContentHtml, string? SummaryHtml, DateTimeOffset? PublishedAt);

/// <summary>RSS 0.9x/2.0, RSS 0.90/1.0 (RDF) and Atom 0.3/1.0 read by element local names, so a missing or wrong
/// namespace (RSS with an undeclared "media:" prefix, Atom without its xmlns) does not lose anything.</summary>
public static class XmlFeedReader
{
    private static readonly string[] DateNames = ["pubDate", "published", "issued", "date", "updated", "modified", "created", "lastBuildDate"];

    public static (string? Title, IReadOnlyList<RawItem> Items) Read(XElement root, Uri? baseUri) => root.Name.LocalName switch
    {
        "rss" or "RDF" or "rdf" => ReadRss(root, baseUri),
        "feed" => ReadAtom(root, baseUri),
        var name => throw new FeedFormatException($"not a feed: an XML document whose root is <{name}>"),
    };

    /// <summary>Parses the repaired text with DTDs ignored (no entity expansion, no external fetches) and every
    /// namespace prefix the document uses pre-declared, so an undeclared prefix is not fatal.</summary>
    public static XElement Load(string xml)
    {
        var names = new NameTable();
        var namespaces = new XmlNamespaceManager(names);
        foreach (var prefix in Prefixes(xml)) namespaces.AddNamespace(prefix, $"urn:undeclared:{prefix}");
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, CheckCharacters = false, NameTable = names,
            IgnoreComments = true, IgnoreProcessingInstructions = true,
        };
        using var reader = XmlReader.Create(new StringReader(xml), settings, new XmlParserContext(names, namespaces, null, XmlSpace.None));
        return XElement.Load(reader, LoadOptions.SetBaseUri);
    }

    private static IEnumerable<string> Prefixes(string xml)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        for (var i = xml.IndexOf(':'); i > 0; i = xml.IndexOf(':', i + 1))
        {
            var start = i;
            while (start > 0 && (char.IsAsciiLetterOrDigit(xml[start - 1]) || xml[start - 1] is '_' or '-' or '.')) start--;
            if (start == i || start == 0 || xml[start - 1] is not ('<' or '/' or ' ' or '\t' or '\n' or '\r')) continue;
            if (!char.IsAsciiLetter(xml[start]) && xml[start] != '_') continue;
            var prefix = xml[start..i];
            if (prefix is not ("xml" or "xmlns" or "http" or "https")) found.Add(prefix);
        }
        return found;
    }

    private static (string?, IReadOnlyList<RawItem>) ReadRss(XElement root, Uri? baseUri)
    {
        var channel = Child(root, "channel");
        var feedLink = Absolute(Text(channel, "link"), baseUri);
        var itemBase = feedLink is not null && Uri.TryCreate(feedLink, UriKind.Absolute, out var site) ? site : baseUri;
        // RSS 2.0 nests items in the channel; RSS 0.90/1.0 puts them beside it.
        var items = root.Descendants().Where(e => e.Name.LocalName == "item" && !e.Ancestors().Any(a => a.Name.LocalName == "item"));
        return (Text(channel, "title"), items.Select(item => RssItem(item, baseUri ?? itemBase)).ToList());
    }

    private static RawItem RssItem(XElement item, Uri? baseUri)
    {
        var guid = Child(item, "guid");
        var guidIsLink = guid is not null && (string?)guid.Attribute("isPermaLink") is not "false" && LooksLikeUrl(guid.Value);
        var link = Text(item, "link") ?? AtomLink(item) ?? Text(item, "origLink") ?? (guidIsLink ? guid!.Value.Trim() : null)
                   ?? (string?)item.Attribute(XName.Get("about", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"));
        // <content> only when it is not Media RSS's <media:content>, which describes an attached file.
        var content = Text(item, "encoded")
                      ?? TypedContent(item.Elements().FirstOrDefault(e => e.Name.LocalName == "content" && !IsMediaRss(e)))
                      ?? TypedContent(Child(item, "body"));
        return new RawItem(
            Id: Blank(guid?.Value),
            TitleHtml: Text(item, "title"),
            Link: Absolute(link, baseUri),
            ContentHtml: content,
            SummaryHtml: Text(item, "description") ?? TypedContent(Child(item, "summary")),
            PublishedAt: Date(item));
    }

    private static (string?, IReadOnlyList<RawItem>) ReadAtom(XElement feed, Uri? baseUri)
    {
        var feedBase = Based(feed, baseUri);
        var entries = feed.Descendants().Where(e => e.Name.LocalName == "entry" && !e.Ancestors().Any(a => a.Name.LocalName == "entry"));
        var title = TypedContent(Child(feed, "title")) is { } html ? HtmlText.InlineText(html) : null;
        return (title, entries.Select(entry =>
        {
            var entryBase = Based(entry, feedBase);
            return new RawItem(
                Id: Text(entry, "id"),
                TitleHtml: TypedContent(Child(entry, "title")),
                Link: Absolute(AtomLink(entry), entryBase),
                ContentHtml: TypedContent(Child(entry, "content")),
                SummaryHtml: TypedContent(Child(entry, "summary")),
                PublishedAt: Date(entry));
        }).ToList());
    }

    /// <summary>An Atom text construct (1.0 "type" text/html/xhtml, 0.3 "mode" escaped/xml/base64) as HTML.</summary>
    private static string? TypedContent(XElement? element)
    {
        if (element is null) return null;
        var type = ((string?)element.Attribute("type") ?? "text").ToLowerInvariant();
        var mode = ((string?)element.Attribute("mode"))?.ToLowerInvariant();
        string? html;
        if (mode == "base64")
        {
            try { html = Encoding.UTF8.GetString(Convert.FromBase64String(element.Value.Trim())); }
            catch (FormatException) { return null; }
        }
        else if (type is "xhtml" or "application/xhtml+xml" || mode == "xml" || element.HasElements)
            html = string.Concat(element.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)));
        else if (type is "html" or "text/html" || mode == "escaped")
            html = element.Value;
        else
            html = element.Name.LocalName == "title" ? WebUtility.HtmlEncode(element.Value) : HtmlText.HtmlOf(element.Value);
        return Blank(html);
    }

    private static string? AtomLink(XElement parent)
    {
        var links = parent.Elements().Where(e => e.Name.LocalName == "link" && e.Attribute("href") is not null).ToList();
        var alternate = links.FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate")
                        ?? links.FirstOrDefault(l => (string?)l.Attribute("rel") is not ("self" or "edit" or "replies" or "enclosure" or "hub"));
        return Blank((string?)alternate?.Attribute("href"));
    }

    private static DateTimeOffset? Date(XElement item)
    {
        foreach (var name in DateNames)
            if (FeedDates.Parse(Text(item, name)) is { } date) return date;
        return null;
    }

    private static Uri? Based(XElement element, Uri? outer)
    {
        var declared = (string?)element.Attribute(XNamespace.Xml + "base");
        if (declared is null) return outer;
        return outer is not null && Uri.TryCreate(outer, declared, out var combined) ? combined
            : Uri.TryCreate(declared, UriKind.Absolute, out var absolute) ? absolute : outer;
    }

    private static string? Absolute(string? link, Uri? baseUri)
    {
        link = Blank(link);
        if (link is null) return null;
        if (Uri.TryCreate(link, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https") return absolute.ToString();
        return baseUri is not null && Uri.TryCreate(baseUri, link, out var resolved) ? resolved.ToString() : link;
    }

    private static bool IsMediaRss(XElement element) =>
        element.Name.NamespaceName.Contains("mrss", StringComparison.OrdinalIgnoreCase) || element.Name.NamespaceName.EndsWith(":media");

    private static bool LooksLikeUrl(string value) =>
        Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    private static XElement? Child(XElement? parent, string localName) =>
        parent?.Elements().FirstOrDefault(e => e.Name.LocalName == localName);

    private static string? Text(XElement? parent, string localName) =>
        parent?.Elements().Where(e => e.Name.LocalName == localName).Select(e => Blank(e.Value)).FirstOrDefault(v => v is not null);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
