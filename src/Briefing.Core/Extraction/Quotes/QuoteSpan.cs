namespace Briefing.Core.Extraction.Quotes;

/// <summary>A quotation: [Start, End) includes the marks. <see cref="Closed"/> is false when the paragraph ended
/// before a closing mark (the quote then continues into the next paragraph if that one opens with a mark).</summary>
internal readonly record struct QuoteSpan(int Start, int End, int InnerStart, int InnerEnd, bool Closed, int Paragraph)
{
    public TextSpan Span => new(Start, End);
}
