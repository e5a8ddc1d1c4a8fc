using Briefing.Data.Inbox;
using Microsoft.Extensions.Options;

namespace Briefing.Web.Ingestion;

/// <summary>The one door into the inbox for every source: commit, then wake the pipeline.
/// Throws <see cref="InboxFullException"/> past Briefing:MaxPendingArticles (backpressure).</summary>
public sealed class Submissions(InboxStore inbox, InboxSignal signal, IOptions<BriefingOptions> options)
{
    public AcceptResult Submit(ArticleSubmission submission)
    {
        var result = inbox.Accept(submission, options.Value.MaxPendingArticles);
        if (!result.Duplicate) signal.Ring();
        return result;
    }

    /// <summary>Several submissions committed together; null entries found the inbox full.</summary>
    public IReadOnlyList<AcceptResult?> SubmitMany(IReadOnlyList<ArticleSubmission> submissions)
    {
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
