using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Briefing.Web.Ingestion.Pages;

/// <summary>Removes what a page wraps around its article so it never becomes a statement or a speaker: navigation,
/// headers and footers, sub-headings, figures and captions, photo credits, bylines and datelines, "Related" /
/// "Read more" blocks and lists of links, share and sign-up widgets, and anything hidden (aria-hidden, hidden,
/// display:none). Rules are by element, by ARIA role, by class/id words and by the short fixed phrases pages print
/// on such blocks. Only hidden elements, headings, captions and controls go whatever they hold; any other rule spares
/// an element that holds the article (<see cref="HoldsTheArticle"/>).</summary>
public static partial class PageFurniture
{
    /// <summary>Never article text, whatever they hold.</summary>
    private static readonly HashSet<string> AlwaysFurniture =
    [
        "FIGCAPTION", "BUTTON", "SELECT", "INPUT", "TEXTAREA", "LABEL", "H1", "H2", "H3", "H4", "H5", "H6", "PICTURE", "VIDEO", "AUDIO", "CANVAS",
    ];

    /// <summary>Furniture unless they hold the article (an old ASP.NET page wraps everything in one &lt;form&gt;).</summary>
    private static readonly HashSet<string> FurnitureContainers = ["NAV", "ASIDE", "HEADER", "FOOTER", "FIGURE", "FORM", "DIALOG", "MENU", "ADDRESS"];

    private static readonly HashSet<string> FurnitureRoles =
        ["navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu", "menubar", "toolbar", "heading", "figure"];

    private static readonly HashSet<string> TextBlocks = ["P", "DIV", "LI", "SMALL", "SPAN", "DT", "DD", "CAPTION", "CITE", "SECTION"];

    private static readonly HashSet<string> BlockTags =
        ["P", "DIV", "UL", "OL", "LI", "TABLE", "SECTION", "ARTICLE", "BLOCKQUOTE", "H1", "H2", "H3", "H4", "H5", "H6", "FIGURE", "DL"];

    /// <summary>Removes the furniture under <paramref name="root"/> in place.</summary>
    public static void Remove(IElement? root)
    {
        if (root is null) return;
        var total = root.TextContent.Length;
        foreach (var element in root.QuerySelectorAll("*").ToList())
        {
            if (!IsUnder(element, root)) continue; // inside something already removed
            // Hidden is hidden: Readability drops it too, so sparing it here would not bring it back.
            if (AlwaysFurniture.Contains(element.TagName) || IsHidden(element))
                element.Remove();
            else if (FurnitureContainers.Contains(element.TagName) || IsFurnitureRole(element) || HasFurnitureName(element) || IsLinkList(element))
            {
                if (!HoldsTheArticle(element, total)) element.Remove();
            }
            else if (TextBlocks.Contains(element.TagName) && !HasBlockChildren(element) && FurniturePhrase(element) is { } kind)
            {
                // "Related" / "Read more" labels head a list of links: it goes with them.
                if (kind == Phrase.Heading && element.TextContent.Length < 60 && element.NextElementSibling is { } next) next.Remove();
                element.Remove();
            }
        }
    }

    private enum Phrase { Line, Heading }

    /// <summary>Whether the element is still in the tree under root (a walk up its ancestors: cheaper than
    /// root.Contains, which searches root's whole subtree).</summary>
    private static bool IsUnder(INode element, INode root)
    {
        for (var node = element.Parent; node is not null; node = node.Parent)
            if (node == root) return true;
        return false;
    }

    /// <summary>Most of the page's text, or several article-length paragraphs: whatever its name says, removing it
    /// would lose the article (a wrapper named "story share-enabled", a page-wide form).</summary>
    private static bool HoldsTheArticle(IElement element, int total) =>
        total > 500 && element.TextContent.Length > total / 2
        || element.QuerySelectorAll("p").Count(p => p.TextContent.Length >= 120) >= 3;

    private static bool IsHidden(IElement element) =>
        element.GetAttribute("aria-hidden") is "true" || element.HasAttribute("hidden")
        || element.GetAttribute("style") is { } style && HiddenStyle().IsMatch(style);

    private static bool IsFurnitureRole(IElement element) => element.GetAttribute("role") is { } role && FurnitureRoles.Contains(role.Trim().ToLowerInvariant());

    /// <summary>Class, id, itemprop or rel words that name furniture ("image-caption", "byline", "related-links").</summary>
    private static bool HasFurnitureName(IElement element)
    {
        if (element.GetAttribute("rel") is "author" || element.GetAttribute("itemprop") is "author" or "creator" or "caption" or "copyrightHolder") return true;
        var names = $"{element.GetAttribute("class")} {element.Id}";
        return names.Length > 1 && FurnitureName().IsMatch(names);
    }

    /// <summary>A list whose text is mostly link text: a menu, tags, or "more stories".</summary>
    private static bool IsLinkList(IElement element)
    {
        var list = element.TagName is "UL" or "OL";
        if (!list && (element.TagName is not ("P" or "DIV") || HasBlockChildren(element))) return false;
        var text = element.TextContent.Trim().Length;
        if (text == 0) return false;
        var linked = element.QuerySelectorAll("a").Sum(a => a.TextContent.Trim().Length);
        // A paragraph that is one link is a teaser; a list mostly of links is navigation.
        return list ? linked >= text * 0.6 : linked >= text * 0.95 && text < 200;
    }

    private static Phrase? FurniturePhrase(IElement element)
    {
        var raw = element.TextContent;
        if (raw.Length > 400) return null;
        var text = Regex.Replace(raw, @"\s+", " ").Trim();
        if (text.Length == 0 || text.Length > 200) return null;
        if (SectionLabel().IsMatch(text)) return Phrase.Heading;
        return CaptionOrCredit().IsMatch(text) || Byline().IsMatch(text) || Widget().IsMatch(text) ? Phrase.Line : null;
    }

    private static bool HasBlockChildren(IElement element) => element.Children.Any(c => BlockTags.Contains(c.TagName));

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenStyle();

    [GeneratedRegex(@"(?:^|[\s_-])(?:caption|credits?|byline|bylines|author|authors|dateline|timestamp|related|read-?more|more-?stories|recommended|most-?read|most-?popular|share|sharing|social|newsletter|promo|breadcrumbs?|sidebar|subscribe|signup|comments?|cookie|advert|advertisement|sponsored|outbrain|taboola|tags|topics-list|nav|navigation|menu|masthead|toolbar|skip-link|sr-only|visually-hidden|screen-reader-text)(?:$|[\s_-])", RegexOptions.IgnoreCase)]
    private static partial Regex FurnitureName();

    [GeneratedRegex(@"^(?:related(?: (?:stories|articles|content|coverage|topics|links|reading))?|read more|read next|more on this(?: story)?|more stories|see also|also read|most read|most popular|recommended(?: for you)?|you may also like|top stories|latest stories|more from [\w ]{1,30})\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex SectionLabel();

    [GeneratedRegex(@"^(?:(?:image|photo|picture|video|media) (?:caption|source|credit)s?\b|(?:photo(?:graph)?|picture|image|credit|illustration|video|source)s?\s*[:：]|(?:©|\(c\) |copyright\b)|(?:read more|related|see also|also read|watch|listen)\s*[:：])", RegexOptions.IgnoreCase)]
    private static partial Regex CaptionOrCredit();

    // "By Ana Lind and Ivo Dask, Veltria correspondents" / "Published 3 hours ago": names are capitalised words.
    [GeneratedRegex(@"^(?:(?i:by|written by|words by|reporting by|additional reporting by)\s+(?:\p{Lu}[\p{L}'’.-]*\s*){1,4}(?:(?i:and|&)\s+(?:\p{Lu}[\p{L}'’.-]*\s*){1,4})?(?:[,|–—-][^“”""]{0,60})?|(?i:published|updated|posted|last updated|first published)\b[^“”""]{0,60})$")]
    private static partial Regex Byline();

    [GeneratedRegex(@"^(?:share(?: this(?: article| story| page)?| on \w+)?|follow us.*|sign up.*|subscribe.*|advertisement|skip to (?:content|main content)|back to top|comments?|print|email)$", RegexOptions.IgnoreCase)]
    private static partial Regex Widget();
}
