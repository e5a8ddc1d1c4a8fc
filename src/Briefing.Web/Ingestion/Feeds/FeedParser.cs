using System.Security.Cryptography;
using System.Text;
using CodeHollow.FeedReader;

namespace Briefing.Web.Ingestion.Feeds;

/// <summary>One item of a feed: its stable key, and what it carries (full content, or only a summary).</summary>
public sealed record FeedEntry(string Key, string Title, string? Link, string? ContentHtml, string? SummaryHtml, DateTimeOffset? PublishedAt);

/// <summary>RSS 2.0 / 1.0, Atom 1.0 and JSON Feed 1.x parsed by CodeHollow.FeedReader into <see cref="FeedEntry"/>s.</summary>
public static class FeedParser
{
    public static (string? Title, IReadOnlyList<FeedEntry> Entries) Parse(string body)
    {
        Feed feed;
        try
        {
            feed = FeedReader.ReadFromString(body.TrimStart('\uFEFF', ' ', '\t', '\r', '\n'));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            throw new FormatException($"The feed could not be parsed: {exception.Message}", exception);
        }
        if (feed.Type == FeedType.Unknown) throw new FormatException("The document is not an RSS, Atom or JSON feed.");
        var entries = feed.Items.Select(item => new FeedEntry(
            Key: KeyOf(item),
            Title: HtmlText.Tidy(HtmlText.FromHtml(item.Title)),
            Link: string.IsNullOrWhiteSpace(item.Link) ? null : item.Link.Trim(),
            ContentHtml: Blank(item.Content),
            SummaryHtml: Blank(item.Description),
            PublishedAt: item.PublishingDate is { } date ? new DateTimeOffset(DateTime.SpecifyKind(date, date.Kind == DateTimeKind.Unspecified ? DateTimeKind.Utc : date.Kind)) : null))
            .ToList();
        return (feed.Title, entries);
    }

    private static string KeyOf(FeedItem item) =>
        Blank(item.Id) ?? Blank(item.Link)
        ?? Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{item.Title}\n{item.Description}")))[..32];

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
