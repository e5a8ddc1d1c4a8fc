namespace Briefing.Core.Extraction.Text;

internal enum TokenKind : byte { Word, Number, Punct, QuoteOpen, QuoteClose }

/// <summary>One token: a span of the text. <see cref="Quote"/> is the index of the quote span the token lies in
/// (marks included), or -1 outside quotes; attribution only looks for cues and speakers outside quotes.</summary>
internal readonly record struct Token(int Start, int End, TokenKind Kind, bool Capitalized, int Quote, int Paragraph)
{
    public int Length => End - Start;
    public bool InQuote => Quote >= 0;
    public ReadOnlySpan<char> Of(string text) => text.AsSpan(Start, End - Start);
    public bool Is(string text, char c) => End - Start == 1 && text[Start] == c;
}
