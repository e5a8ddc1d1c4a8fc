namespace Briefing.Core.Extraction.Text;

/// <summary>Markup tags left in an article's text ('&lt;tweet author="@roe" date="May 3"&gt;', '&lt;a href=”…”&gt;',
/// '&lt;/a&gt;'): their quotation marks delimit attribute values (MarkupTagQuotes) and they are nobody's words
/// (MarkupTagIsNoContent).</summary>
internal static class MarkupTags
{
    // A tag longer than this is taken for text with a stray '<' (keeps worst cases linear).
    private const int MaxTagLength = 500;

    /// <summary>The tags in text order, a tag possibly running over a paragraph break: '&lt;' + a letter or '/', up to
    /// the next '&gt;' with no '&lt;' before it; empty when the text holds no '&lt;'.</summary>
    public static List<TextSpan> Find(string text)
    {
        var tags = new List<TextSpan>();
        for (var i = text.IndexOf('<'); i >= 0 && i + 1 < text.Length; i = text.IndexOf('<', i + 1))
        {
            if (!char.IsAsciiLetter(text[i + 1]) && text[i + 1] != '/')
            {
                continue;
            }
            var limit = Math.Min(text.Length, i + MaxTagLength);
            for (var j = i + 1; j < limit && text[j] != '<'; j++)
            {
                if (text[j] == '>')
                {
                    tags.Add(new TextSpan(i, j + 1));
                    i = j;
                    break;
                }
            }
        }
        return tags;
    }

    /// <summary>MarkupTagIsNoContent: the span without the tags opening it, ended before the first tag inside it
    /// ("&lt;tweet id=…&gt;Roe reportedly …" starts at "Roe"; "… 1,000.Watch the video at &lt;a href=…&gt;" ends before
    /// the tag); null when nothing is left.</summary>
    public static TextSpan? Trim(string text, IReadOnlyList<TextSpan> tags, TextSpan span)
    {
        var (start, end) = (span.Start, span.End);
        foreach (var tag in tags)
        {
            if (tag.End <= start)
            {
                continue;
            }
            if (tag.Start >= end)
            {
                break;
            }
            if (tag.Start <= start)
            {
                start = tag.End;
                while (start < end && char.IsWhiteSpace(text[start]))
                {
                    start++;
                }
                continue;
            }
            end = tag.Start;
            break;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        return end > start ? new TextSpan(start, end) : null;
    }
}
