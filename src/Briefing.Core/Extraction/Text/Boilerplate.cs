namespace Briefing.Core.Extraction.Text;

/// <summary>Paragraphs that carry no statements: credit lines, bylines, "Follow X on Twitter", photo credits.</summary>
internal static class Boilerplate
{
    private static readonly string[] Markers =
    [
        "contributed to this report", "contributed reporting", "contributed to this story", "reporting by",
        "editing by", "writing by", "all rights reserved", "getty images", "ap photo", "reuters photo", "photo by",
        "image by", "sign up for", "click here", "this story has been updated", "this article has been updated",
    ];

    public static bool IsBoilerplate(string text, TextSpan para)
    {
        var p = text.AsSpan(para.Start, para.Length);
        foreach (var m in Markers)
        {
            if (p.Contains(m, StringComparison.OrdinalIgnoreCase))
            {
                // A long paragraph that happens to contain the phrase is still prose.
                return p.Length < 300;
            }
        }
        if (p.StartsWith("Follow ", StringComparison.Ordinal) && p.Contains("Twitter", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        return p.Length < 60 && (p.StartsWith("By ", StringComparison.Ordinal) || p.StartsWith("Photo", StringComparison.Ordinal));
    }
}
