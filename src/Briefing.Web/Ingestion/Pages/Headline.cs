using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Briefing.Web.Ingestion.Pages;

/// <summary>A page's headline: the article's own title (JSON-LD headline, og:title, twitter:title, &lt;title&gt;,
/// then Readability's title) with the site name and section cut off ("Story - Site Name | Section" → "Story").
/// The site name is known from og:site_name, application-name, JSON-LD publisher or the host; when none matches,
/// the page's &lt;h1&gt; decides when the title merely wraps it, and short trailing segments are dropped.</summary>
public static partial class Headline
{
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " / ", " ~ "];

    /// <summary>What the page says about its title, read before any clean-up (the h1 and metadata are furniture
    /// for the text, not for the title).</summary>
    public sealed record Clues(string? Metadata, string? PageTitle, string? H1, IReadOnlyList<string?> SiteNames);

    public static Clues Read(IDocument page, Uri? url)
    {
        var jsonLd = JsonLd(page);
        // Metadata titles are written for sharing and at most carry the site name; <title> also carries sections.
        var metadata = new[] { jsonLd.Headline, Meta(page, "og:title"), Meta(page, "twitter:title") }.Select(Clean).FirstOrDefault(t => t is not null);
        return new Clues(metadata, Clean(page.Title), Clean(page.QuerySelector("h1")?.TextContent),
            [Meta(page, "og:site_name"), Meta(page, "application-name"), jsonLd.Publisher, HostName(url)]);
    }

    /// <summary>The headline from the clues; Readability's own title comes last, as it cuts at any dash, even one
    /// inside the headline.</summary>
    public static string? Choose(Clues clues, string? readabilityTitle, string? readabilitySiteName)
    {
        var title = clues.Metadata ?? clues.PageTitle ?? Clean(readabilityTitle);
        if (title is null) return null;
        var sites = clues.SiteNames.Append(readabilitySiteName).Select(Clean).OfType<string>().Select(Key).Where(k => k.Length > 1).ToHashSet();

        var stripped = StripSiteName(title, sites);
        if (stripped != title || clues.Metadata is not null) return stripped;
        if (clues.H1 is { } heading && Weight(heading) >= 3 && title.Contains(heading, StringComparison.OrdinalIgnoreCase))
            return heading;
        return StripShortTail(title);
    }

    /// <summary>Cuts segments that are a known site name (and whatever follows them, e.g. "| Section").</summary>
    public static string StripSiteName(string title, IReadOnlySet<string> sites)
    {
        var segments = Split(title);
        if (segments.Count < 2) return title;
        for (var i = 1; i < segments.Count; i++)
            if (sites.Contains(Key(segments[i].Text)))
                return title[..segments[i].SeparatorAt].Trim();
        // "Site Name | Story"
        if (sites.Contains(Key(segments[0].Text))) return title[segments[1].Start..].Trim();
        return title;
    }

    /// <summary>Readability's rule, roughly: trailing segments of a few words after a longer head are furniture
    /// ("… | World | VC"). Only while the separator stays the same: a headline's own dash is a different one.</summary>
    private static string StripShortTail(string title)
    {
        string? separator = null;
        while (Split(title) is { Count: >= 2 } segments)
        {
            var last = segments[^1];
            var head = title[..last.SeparatorAt].Trim();
            var thisSeparator = title[last.SeparatorAt..last.Start];
            if (separator is not null && thisSeparator != separator) break;
            if (Weight(last.Text) > 4 || Weight(head) < 3 || Weight(last.Text) >= Weight(head)) break;
            (title, separator) = (head, thisSeparator);
        }
        return title;
    }

    /// <summary>The title's segments between separators; each knows where it starts and where the separator before it is.</summary>
    private static List<(string Text, int Start, int SeparatorAt)> Split(string title)
    {
        var segments = new List<(string, int, int)>();
        var (start, separatorAt) = (0, 0);
        while (true)
        {
            var (at, length) = Separators.Select(s => (At: title.IndexOf(s, start, StringComparison.Ordinal), s.Length))
                .Where(p => p.At >= 0).OrderBy(p => p.At).FirstOrDefault((-1, 0));
            if (at < 0)
            {
                segments.Add((title[start..].Trim(), start, separatorAt));
                return segments;
            }
            segments.Add((title[start..at].Trim(), start, separatorAt));
            (start, separatorAt) = (at + length, at);
        }
    }

    private static (string? Headline, string? Publisher) JsonLd(IDocument page)
    {
        foreach (var script in page.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var document = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                foreach (var node in Nodes(document.RootElement))
                    if (node.TryGetProperty("headline", out var headline) && headline.ValueKind == JsonValueKind.String)
                        return (headline.GetString(), node.TryGetProperty("publisher", out var publisher) && publisher.ValueKind == JsonValueKind.Object
                                                      && publisher.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String ? name.GetString() : null);
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common; the other sources of a title remain.
            }
        }
        return (null, null);
    }

    private static IEnumerable<JsonElement> Nodes(JsonElement root) => root.ValueKind switch
    {
        JsonValueKind.Array => root.EnumerateArray().SelectMany(Nodes),
        JsonValueKind.Object when root.TryGetProperty("@graph", out var graph) => [root, .. Nodes(graph)],
        JsonValueKind.Object => [root],
        _ => [],
    };

    private static string? Meta(IDocument page, string name) =>
        page.QuerySelectorAll("meta").FirstOrDefault(m => string.Equals(m.GetAttribute("property") ?? m.GetAttribute("name"), name, StringComparison.OrdinalIgnoreCase))
            ?.GetAttribute("content");

    private static string? HostName(Uri? url)
    {
        if (url is null || url.IsLoopback || url.HostNameType != UriHostNameType.Dns) return null;
        var labels = url.Host.Split('.');
        // "www.veltria-courier.example" → "veltria-courier"
        return labels.Length >= 2 ? labels[^2] : labels[0];
    }

    private static string? Clean(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : Whitespace().Replace(System.Net.WebUtility.HtmlDecode(text), " ").Trim();

    /// <summary>Letters and digits only, lower case: "The Veltria Courier" ≈ "veltria-courier" ≈ "VeltriaCourier.example".</summary>
    private static string Key(string text)
    {
        var key = new string(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
        return key.StartsWith("the") && key.Length > 6 ? key[3..] : key;
    }

    /// <summary>Words, or for scripts written without spaces (CJK) about one word per two characters.</summary>
    private static int Weight(string text) =>
        Math.Max(text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length, text.Count(c => c >= '\u2E80' && c <= '\u9FFF' || c is >= '\uAC00' and <= '\uD7AF') / 2);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
