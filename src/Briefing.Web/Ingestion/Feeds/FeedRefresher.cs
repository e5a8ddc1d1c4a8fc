using Briefing.Data.Inbox;
using Briefing.Data.Sources;
using Briefing.Web.Ingestion.Fetching;

namespace Briefing.Web.Ingestion.Feeds;

/// <summary>One poll of one feed: conditional GET → parse → for each new item, its text (the linked page's article
/// when the item carries only a summary) → the inbox. The outcome is recorded as the feed's status.</summary>
public sealed class FeedRefresher(
    FeedStore feeds,
    FeedFetcher fetcher,
    Submissions submissions,
    TimeProvider clock,
    ILogger<FeedRefresher> logger)
{
    /// <summary>An item whose only text is a summary shorter than this is fetched from its link.</summary>
    private const int SummaryOnlyBelowChars = 1_000;

    private static readonly TimeSpan MaxBackoff = TimeSpan.FromHours(1);

    public async Task RefreshAsync(FeedStatus feed, CancellationToken cancellationToken)
    {
        var interval = TimeSpan.FromSeconds(Math.Max(1, feed.IntervalSeconds));
        try
        {
            var fetched = await fetcher.FetchFeedAsync(feed.Url, feed.ETag, feed.LastModified, cancellationToken, feed.Credentials);
            if (!fetched.NotModified)
            {
                var (title, entries) = FeedParser.Parse(fetched.Body!, feed.Url);
                var source = feed.Name ?? title ?? new Uri(feed.Url).Host;
                foreach (var entry in entries)
                {
                    if (feeds.Seen(feed.Id, entry.Key)) continue;
                    if (await ToSubmissionAsync(entry, source, cancellationToken) is { } submission)
                        Submit(submission);
                    // Only once the item is committed (or has nothing to submit): a crash before here re-reads it,
                    // and the inbox's dedup makes that harmless.
                    feeds.MarkSeen(feed.Id, entry.Key);
                }
            }
            feeds.RecordSuccess(feed.Id, fetched.ETag, fetched.LastModified, clock.GetUtcNow() + interval);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            var failures = feeds.RecordFailure(feed.Id, Describe(exception), failures => clock.GetUtcNow() + Backoff(interval, failures));
            logger.LogWarning("Feed {Url} failed ({Failures} in a row): {Error}", Redaction.Url(feed.Url), failures, Describe(exception));
        }
    }

    private void Submit(ArticleSubmission submission)
    {
        try
        {
            submissions.Submit(submission);
        }
        catch (ArticleTooLargeException exception)
        {
            // One oversized item is skipped (and remembered as seen); the rest of the feed goes on.
            logger.LogWarning("Feed item {Link} skipped: {Reason}", Redaction.Url(submission.Url), exception.Message);
        }
    }

    /// <summary>Exponential backoff: the interval doubled per failure in a row, capped at an hour (or the interval).</summary>
    public static TimeSpan Backoff(TimeSpan interval, int failures)
    {
        var cap = interval > MaxBackoff ? interval : MaxBackoff;
        var seconds = interval.TotalSeconds * Math.Pow(2, Math.Min(failures, 20));
        return seconds >= cap.TotalSeconds ? cap : TimeSpan.FromSeconds(seconds);
    }

    private async Task<ArticleSubmission?> ToSubmissionAsync(FeedEntry entry, string source, CancellationToken cancellationToken)
    {
        var text = HtmlText.FromHtml(entry.ContentHtml);
        PageArticle? page = null;
        if (text.Length == 0)
        {
            var summary = HtmlText.FromHtml(entry.SummaryHtml);
            page = summary.Length < SummaryOnlyBelowChars && entry.Link is { } link ? await PageAsync(link, cancellationToken) : null;
            text = page?.Text ?? summary;
        }
        if (text.Length == 0) return null;
        var title = entry.Title.Length > 0 ? entry.Title : page?.Title ?? text.Split('\n')[0];
        return new ArticleSubmission(Shorten(title, 1000), text, ValidUrl(entry.Link), Shorten(source, 200), entry.PublishedAt, Via: "feed");
    }

    private async Task<PageArticle?> PageAsync(string link, CancellationToken cancellationToken)
    {
        if (ValidUrl(link) is null) return null;
        try
        {
            return ArticlePageReader.Read(link, await fetcher.FetchPageAsync(link, cancellationToken));
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The summary is still worth having; the page may come back, but the item is not worth blocking on.
            logger.LogWarning("Could not read the article page {Link}; keeping the summary: {Error}", Redaction.Url(link), Describe(exception));
            return null;
        }
    }

    private static string? ValidUrl(string? url) =>
        url is { Length: <= 2000 } && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? url : null;

    private static string Shorten(string value, int max) => value.Length <= max ? value : value[..max];

    private static string Describe(Exception exception) => exception switch
    {
        _ when FetchRefusedException.Find(exception) is { } refused => refused.Message,
        TaskCanceledException => "The feed did not answer in time.",
        FormatException or HttpRequestException or InboxFullException => exception.Message,
        _ => $"{exception.GetType().Name}: {exception.Message}",
    };
}
