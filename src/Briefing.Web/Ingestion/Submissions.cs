using Briefing.Data.Inbox;
using Microsoft.Extensions.Options;

namespace Briefing.Web.Ingestion;

/// <summary>An article over Briefing:MaxArticleBytes, whatever source it came from.</summary>
public sealed class ArticleTooLargeException(string message) : Exception(message);

/// <summary>The one door into the inbox for every source: commit, then wake the pipeline.
/// Throws <see cref="InboxFullException"/> past Briefing:MaxPendingArticles (backpressure) and
/// <see cref="ArticleTooLargeException"/> past Briefing:MaxArticleBytes — the one size limit for the API, the batch
/// API, feed items, linked pages and the watched folder alike.</summary>
public sealed class Submissions(InboxStore inbox, InboxSignal signal, IOptions<BriefingOptions> options)
{
    private readonly GroupCommit _group = new(batch =>
    {
        using var cpu = Operations.ThreadCpu.Measure("accept");
        return inbox.AcceptMany(batch, options.Value.MaxPendingArticles);
    });

    /// <summary>Why <paramref name="submission"/> is too large to accept, or null.</summary>
    public string? TooLarge(ArticleSubmission submission)
    {
        var limit = options.Value.MaxArticleBytes;
        // Cheap first: a UTF-8 character is 1 to 3 bytes per UTF-16 unit.
        if (submission.Text.Length + submission.Title.Length <= limit / 3) return null;
        var bytes = System.Text.Encoding.UTF8.GetByteCount(submission.Text) + System.Text.Encoding.UTF8.GetByteCount(submission.Title);
        return bytes > limit ? $"The article is {bytes:N0} bytes, over the limit of {limit:N0} bytes (Briefing:MaxArticleBytes)." : null;
    }

    public AcceptResult Submit(ArticleSubmission submission)
    {
        if (TooLarge(submission) is { } tooLarge) throw new ArticleTooLargeException(tooLarge);
        var result = inbox.Accept(submission, options.Value.MaxPendingArticles);
        if (!result.Duplicate) signal.Ring();
        return result;
    }

    /// <summary>As <see cref="Submit"/>, committed in one transaction with the other submissions waiting at the same
    /// moment (see <see cref="GroupCommit"/>): for callers that arrive concurrently, like the HTTP API.</summary>
    public async Task<AcceptResult> SubmitAsync(ArticleSubmission submission)
    {
        if (TooLarge(submission) is { } tooLarge) throw new ArticleTooLargeException(tooLarge);
        var result = await _group.SubmitAsync(submission) ?? throw new InboxFullException(options.Value.MaxPendingArticles);
        if (!result.Duplicate) signal.Ring();
        return result;
    }

    /// <summary>Several submissions committed together; null entries found the inbox full.</summary>
    public IReadOnlyList<AcceptResult?> SubmitMany(IReadOnlyList<ArticleSubmission> submissions)
    {
        if (submissions.Select(TooLarge).FirstOrDefault(e => e is not null) is { } tooLarge) throw new ArticleTooLargeException(tooLarge);
        var results = inbox.AcceptMany(submissions, options.Value.MaxPendingArticles);
        if (results.Any(r => r is { Duplicate: false })) signal.Ring();
        return results;
    }

    /// <summary>A plain-text article: the first non-empty line is the title, the rest the body.</summary>
    public static ArticleSubmission FromPlainText(string content, string via, string? source = null)
    {
        var text = content.Replace("\r\n", "\n").TrimStart('\uFEFF');
        var newline = text.IndexOf('\n');
        var title = (newline < 0 ? text : text[..newline]).Trim();
        var body = newline < 0 ? text : text[(newline + 1)..].Trim('\n');
        return new ArticleSubmission(title, body, Source: source, Via: via);
    }
}
