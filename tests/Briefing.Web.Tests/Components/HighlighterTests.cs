using Briefing.Data.Statements;
using Briefing.Web.Components.Pages.Articles;

using Briefing.Testing;

namespace Briefing.Web.Tests.Components;

public sealed class HighlighterTests
{
    private static StatementView Statement(string id, params (int Start, int End)[] spans) =>
        new(id, "a", null, "", true, null, null, DateTimeOffset.UtcNow, "direct", "named", 1, "", null,
            spans.Select(s => new SpanView(s.Start, s.End)).ToArray(), null, null);

    [Fact]
    public void Every_character_is_shown_once_and_quotes_are_cut_out_in_order()
    {
        const string text = "Before “one” middle “two, three” after.";
        var segments = Highlighter.Segment(text, [Statement("s2", (21, 31)), Statement("s1", (8, 11))]);

        Assert.Equal(text, string.Concat(segments.Select(s => s.Text)));
        Assert.Equal(["one", "two, three"], segments.Where(s => s.Statement is not null).Select(s => s.Text));
    }

    [Fact]
    public void An_overlapping_statement_does_not_repeat_text_and_bad_spans_are_ignored()
    {
        const string text = "He said “a b c d” then left.";
        var segments = Highlighter.Segment(text, [Statement("long", (9, 16)), Statement("inner", (11, 14)), Statement("bad", (20, 999))]);

        Assert.Equal(text, string.Concat(segments.Select(s => s.Text)));
        Assert.Equal("long", Assert.Single(segments, s => s.Statement is not null).Statement!.Id);
    }

    [Fact]
    public void A_quote_split_in_two_fragments_is_highlighted_twice()
    {
        const string text = "“First part,” she said, “second part.”";
        var segments = Highlighter.Segment(text, [Statement("s", (1, 12), (25, 37))]);

        Assert.Equal(2, segments.Count(s => s.Statement?.Id == "s"));
    }
}
