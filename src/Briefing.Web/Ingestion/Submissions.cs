using Briefing.Data.Inbox;

namespace Briefing.Web.Ingestion;

/// <summary>The one door into the inbox for every source: commit, then wake the pipeline.</summary>
public sealed class Submissions(InboxStore inbox, InboxSignal signal)
{
    public AcceptResult Submit(ArticleSubmission submission)
    {
        var result = inbox.Accept(submission);
        if (!result.Duplicate) signal.Ring();
        return result;
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
