using System.Text;
using System.Text.RegularExpressions;
using Briefing.Data.Inbox;
using Briefing.Web.Api;
using Briefing.Web.Ingestion.Feeds;
using Briefing.Web.Ingestion.Text;

namespace Briefing.Web.Ingestion.Folder;

/// <summary>Turns a dropped file into a submission by its extension: .txt (first line is the title), .md (first
/// heading is the title, markup dropped), .html (the article found by Readability), .json (the API's shape).
/// Throws <see cref="FormatException"/> saying why a file cannot be an article.</summary>
public static partial class FolderArticles
{
    public static readonly IReadOnlySet<string> Extensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { ".txt", ".md", ".markdown", ".html", ".htm", ".json" };

    /// <summary>Pages carry markup, scripts and styles around their article: they may be this much larger on disk
    /// than an article (<see cref="BriefingOptions.MaxPageBytes"/>), but their article text may not.</summary>
    public static bool IsPage(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() is ".html" or ".htm";

    public static ArticleSubmission Parse(string fileName, byte[] content)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (!Extensions.Contains(extension))
            throw new FormatException($"'{extension}' files are not read; drop .txt, .md, .html or .json articles.");
        // Decoded like a browser would (BOM, declaration, then detection): a file saved as windows-1251 or UTF-16 is
        // as good an article as a UTF-8 one.
        var decoded = TextDecoder.Decode(content, httpCharset: null, IsPage(fileName) ? BodyKind.Html : BodyKind.PlainText);
        if (extension == ".json")
            return ArticleRequest.Parse(Encoding.UTF8.GetBytes(decoded.Text), via: "folder", out var error) ?? throw new FormatException(error);

        var text = decoded.Text;
        if (string.IsNullOrWhiteSpace(text)) throw new FormatException("The file is empty.");
        if (IsBinary(text)) throw new FormatException("The file is not text: it holds binary data (control characters).");

        var submission = extension switch
        {
            ".md" or ".markdown" => Submissions.FromPlainText(FromMarkdown(text), via: "folder"),
            ".html" or ".htm" => FromHtml(fileName, text),
            _ => Submissions.FromPlainText(text, via: "folder"),
        };
        if (string.IsNullOrWhiteSpace(submission.Text)) throw new FormatException("The file has a title but no article text.");
        return submission with { Title = submission.Title.Length > 1000 ? submission.Title[..1000] : submission.Title };
    }

    private static ArticleSubmission FromHtml(string fileName, string html)
    {
        var page = ArticlePageReader.Read($"https://localhost/{Uri.EscapeDataString(fileName)}", html);
        var text = page.Text ?? throw new FormatException("The HTML page holds no text.");
        return page.Title is null ? Submissions.FromPlainText(text, via: "folder") : new ArticleSubmission(page.Title, text, Via: "folder");
    }

    /// <summary>Every charset decodes any bytes to something; text has no NULs and almost no other control characters.</summary>
    private static bool IsBinary(string text) =>
        text.Contains('\0') || text.Count(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f')) > text.Length / 100;

    /// <summary>Markdown as the plain text a reader sees: heading marks, emphasis and link targets dropped.</summary>
    private static string FromMarkdown(string markdown)
    {
        var text = HeadingMark().Replace(markdown, "");
        text = Link().Replace(text, "$1");
        text = Emphasis().Replace(text, "$2");
        return text;
    }

    [GeneratedRegex(@"^\s{0,3}#{1,6}\s*", RegexOptions.Multiline)]
    private static partial Regex HeadingMark();

    [GeneratedRegex(@"!?\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"(\*\*|__|\*|_)(\S(?:.*?\S)?)\1")]
    private static partial Regex Emphasis();
}
