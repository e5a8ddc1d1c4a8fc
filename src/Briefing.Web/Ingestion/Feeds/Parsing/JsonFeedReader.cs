using System.Net;
using System.Text.Json;

namespace Briefing.Web.Ingestion.Feeds.Parsing;

/// <summary>JSON Feed 1.0/1.1 (jsonfeed.org): items with content_html or content_text, ids that may be numbers,
/// comments and trailing commas tolerated.</summary>
public static class JsonFeedReader
{
    private static readonly JsonDocumentOptions Lenient = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public static (string? Title, IReadOnlyList<RawItem> Items) Read(string json, Uri? baseUri)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Lenient);
        }
        catch (JsonException exception)
        {
            throw new FeedFormatException($"malformed JSON at line {(exception.LineNumber ?? 0) + 1}", exception);
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
                throw new FeedFormatException("not a feed: a JSON document without JSON Feed \"items\"");
            var list = new List<RawItem>();
            foreach (var item in items.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Object) continue;
                var content = String(item, "content_html") ?? (String(item, "content_text") is { } text ? HtmlText.HtmlOf(text) : null);
                list.Add(new RawItem(
                    Id: String(item, "id"),
                    TitleHtml: String(item, "title") is { } title ? WebUtility.HtmlEncode(title) : null,
                    Link: Absolute(String(item, "url") ?? String(item, "external_url"), baseUri),
                    ContentHtml: content,
                    SummaryHtml: String(item, "summary") is { } summary ? HtmlText.HtmlOf(summary) : null,
                    PublishedAt: FeedDates.Parse(String(item, "date_published")) ?? FeedDates.Parse(String(item, "date_modified"))));
            }
            return (String(root, "title"), list);
        }
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String when !string.IsNullOrWhiteSpace(value.GetString()) => value.GetString()!.Trim(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;

    private static string? Absolute(string? link, Uri? baseUri) =>
        link is null ? null
        : baseUri is not null && Uri.TryCreate(baseUri, link, out var resolved) ? resolved.ToString() : link;
}
