using System.Text;
using System.Text.RegularExpressions;
using Briefing.Data.Inbox;
using Briefing.Web.Api;
using Briefing.Web.Ingestion.Feeds;

namespace Briefing.Web.Ingestion.Folder;

/// <summary>Turns a dropped file into a submission by its extension: .txt (first line is the title), .md (first
/// heading is the title, markup dropped), .html (the article found by Readability), .json (the API's shape).
/// Throws <see cref="FormatException"/> saying why a file cannot be an article.</summary>
public static partial class FolderArticles
{
    public static readonly IReadOnlySet<string> Extensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { ".txt", ".md", ".markdown", ".html", ".htm", ".json" };

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static ArticleSubmission Parse(string fileName, byte[] content)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (!Extensions.Contains(extension))
            throw new FormatException($"'{extension}' files are not read; drop .txt, .md, .html or .json articles.");
        if (extension == ".json")
            return ArticleRequest.Parse(content, via: "folder", out var error) ?? throw new FormatException(error);

        string text;
        try
        {
            text = StrictUtf8.GetString(content).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            throw new FormatException("The file is not valid UTF-8 text.");
        }
        if (string.IsNullOrWhiteSpace(text)) throw new FormatException("The file is empty.");

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
        var text = ArticlePageReader.ExtractText($"https://localhost/{Uri.EscapeDataString(fileName)}", html)
                   ?? throw new FormatException("The HTML page holds no text.");
        var title = HtmlText.Title(html);
        return title is null ? Submissions.FromPlainText(text, via: "folder") : new ArticleSubmission(title, text, Via: "folder");
    }

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
