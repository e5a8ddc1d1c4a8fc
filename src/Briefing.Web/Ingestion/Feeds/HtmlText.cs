using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Briefing.Web.Ingestion.Pages;

namespace Briefing.Web.Ingestion.Feeds;

/// <summary>HTML reduced to clean plain text: scripts and styles dropped, entities decoded, block elements become
/// paragraph breaks (table cells and list items never run together), page furniture (<see cref="PageFurniture"/>)
/// left out. The result is stored and shown as text, never rendered as markup.</summary>
public static class HtmlText
{
    private static readonly HashSet<string> Dropped = ["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "IFRAME", "OBJECT", "SVG", "HEAD"];

    private static readonly HashSet<string> Blocks =
    [
        "P", "DIV", "BR", "LI", "UL", "OL", "H1", "H2", "H3", "H4", "H5", "H6", "BLOCKQUOTE", "PRE", "TR", "TABLE",
        "SECTION", "ARTICLE", "HEADER", "FOOTER", "FIGURE", "FIGCAPTION", "HR", "DD", "DT", "DL", "MAIN", "NAV", "ASIDE",
        "ADDRESS", "CAPTION", "DETAILS", "SUMMARY", "FIELDSET", "LEGEND", "CENTER", "TBODY", "THEAD", "TFOOT", "HGROUP",
        "OPTION", "FORM", "DIALOG", "MENU",
    ];

    /// <summary>Inline boxes that a browser still sets apart: cells of a row, images with alt text between words.</summary>
    private static readonly HashSet<string> Spaced = ["TD", "TH", "IMG", "INPUT", "BUTTON", "SELECT", "TEXTAREA", "LABEL"];

    public static string FromHtml(string? html)
    {
        if (string.IsNullOrWhiteSpace(html)) return "";
        var document = new HtmlParser().ParseDocument(html);
        PageFurniture.Remove(document.Body);
        var text = new StringBuilder();
        Append(document.Body ?? (INode)document, text);
        return Tidy(text.ToString());
    }

    /// <summary>A short piece of HTML (a title) as one line of text: entities decoded, tags dropped, nothing removed.</summary>
    public static string InlineText(string? html)
    {
        if (string.IsNullOrWhiteSpace(html)) return "";
        var document = new HtmlParser().ParseDocument(html);
        var text = new StringBuilder();
        Append(document.Body ?? (INode)document, text);
        return string.Join(' ', text.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Plain text as HTML that keeps its paragraphs (blank lines) and line breaks, everything else encoded.</summary>
    public static string HtmlOf(string plainText) =>
        string.Concat(System.Text.RegularExpressions.Regex.Split(plainText.Replace("\r\n", "\n"), @"\n\s*\n")
            .Select(paragraph => $"<p>{System.Net.WebUtility.HtmlEncode(paragraph.Trim()).Replace("\n", "<br>")}</p>"));

    /// <summary>Collapses runs of spaces, trims lines, and keeps at most one blank line between paragraphs.</summary>
    public static string Tidy(string text)
    {
        var lines = text.Replace("\r", "").Split('\n')
            .Select(line => string.Join(' ', line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        var result = new StringBuilder();
        var blank = false;
        foreach (var line in lines)
        {
            if (line.Length == 0) { blank = result.Length > 0; continue; }
            if (result.Length > 0) result.Append(blank ? "\n\n" : "\n");
            result.Append(line);
            blank = false;
        }
        return result.ToString();
    }

    private static void Append(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText textNode:
                    text.Append(textNode.Data.Replace('\n', ' '));
                    break;
                case IElement element when Dropped.Contains(element.TagName.ToUpperInvariant()):
                    break;
                case IElement element when Spaced.Contains(element.TagName.ToUpperInvariant()):
                    text.Append(' ');
                    Append(element, text);
                    text.Append(' ');
                    break;
                case IElement element:
                    var block = Blocks.Contains(element.TagName.ToUpperInvariant());
                    if (block) text.Append("\n\n");
                    Append(element, text);
                    if (block) text.Append("\n\n");
                    break;
            }
        }
    }
}
