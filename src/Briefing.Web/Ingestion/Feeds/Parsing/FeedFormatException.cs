namespace Briefing.Web.Ingestion.Feeds.Parsing;

/// <summary>Why a document could not be read as a feed, in words for the Sources page ("not a feed: HTML page",
/// "malformed XML at line 12: …").</summary>
public sealed class FeedFormatException(string message, Exception? inner = null) : FormatException(message, inner);
