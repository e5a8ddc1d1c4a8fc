namespace Briefing.Core.Extraction.Text;

/// <summary>Markup tags left in an article's text ('&lt;tweet author="@roe" date="May 3"&gt;', '&lt;a href=”…”&gt;',
/// '&lt;/a&gt;'): their quotation marks delimit attribute values, not quotes (MarkupTagQuotes). Content running over a
/// tag is left whole: an article about markup quotes it as words, and cutting a statement at a tag would lose them.</summary>
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
}
