namespace Briefing.Web.Ingestion.Feeds.Parsing;

/// <summary>Why a document could not be read as a feed, in words for the Sources page ("not a feed: HTML page",
/// "malformed XML at line 12: …").</summary>
public sealed class FeedFormatException(string message, Exception? inner = null) : FormatException(message, inner)
{
    /// <summary>True for a status about the feed's own content (what any reader may see); network detail such as
    /// refused addresses and ports is for editors only, so the Sources page is no port scanner.</summary>
    public static bool IsAboutContent(string error) =>
        error.StartsWith("not a feed", StringComparison.Ordinal) || error.StartsWith("malformed XML", StringComparison.Ordinal);
}
