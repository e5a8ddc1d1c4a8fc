using Briefing.Core.Extraction.Text;

namespace Briefing.Core.Extraction.Attribution;

/// <summary>One turn of a transcript: the upper-case label tokens [<see cref="LabelFirst"/>, <see cref="LabelEnd"/>),
/// the colon after them, and the paragraphs the turn fills.</summary>
internal readonly record struct TranscriptTurn(int LabelFirst, int LabelEnd, int FirstParagraph, int LastParagraph, List<TextSpan> Content)
{
    public int Colon => LabelEnd;
}

/// <summary>Interview transcripts: paragraphs that open with an upper-case speaker label and a colon ("ROE: Well, I
/// think …"). Each turn is one statement of the labelled speaker, running on over the paragraphs after it until the
/// next label — cue words inside a turn are the speaker's own words, not statements of their own.</summary>
internal static class Transcripts
{
    /// <summary>A few labelled paragraphs by at least two speakers make a transcript; a lone "UPDATE:" or "CORRECTION:"
    /// does not.</summary>
    private const int MinTurns = 3;

    private const int MaxLabelWords = 3;

    /// <summary>The turns of the document in order, or an empty list when it holds no transcript.</summary>
    public static List<TranscriptTurn> Find(Document doc, bool[] skip)
    {
        var labels = new List<(int First, int End, int Paragraph)>();
        for (var s = 0; s < doc.Sentences.Count; s++)
        {
            var sentence = doc.Sentences[s];
            if (s > 0 && doc.Sentences[s - 1].Paragraph == sentence.Paragraph || skip[sentence.Paragraph])
            {
                continue;
            }
            if (Label(doc, sentence) is var (first, end) && end + 1 < doc.Tokens.Count && doc.Tokens[end + 1].Paragraph == sentence.Paragraph)
            {
                labels.Add((first, end, sentence.Paragraph));
            }
        }
        if (labels.Count < MinTurns || !TwoSpeakers(doc, labels))
        {
            return [];
        }
        var (firstToken, lastToken) = ParagraphTokens(doc);
        var turns = new List<TranscriptTurn>(labels.Count);
        for (var i = 0; i < labels.Count; i++)
        {
            var (first, end, paragraph) = labels[i];
            // A turn runs on over unlabelled paragraphs up to the next label; the last turn ends with its paragraph.
            var marked = first > 0 && doc.Tokens[first - 1].Kind == TokenKind.QuoteOpen && doc.Tokens[first - 1].Paragraph == paragraph;
            var content = new List<TextSpan> { Fragment(doc, end + 1, lastToken[paragraph]) };
            var last = paragraph;
            for (var p = paragraph + 1; i + 1 < labels.Count && p < labels[i + 1].Paragraph; p++)
            {
                var t = firstToken[p];
                if (skip[p] || t < 0 || marked != (doc.Tokens[t].Kind == TokenKind.QuoteOpen))
                {
                    break;
                }
                t += marked ? 1 : 0;
                // "(CROSSTALK)", "…": not words of the speaker.
                if (t > lastToken[p] || doc.Tokens[t].Kind != TokenKind.Word || !char.IsLetter(doc.Text[doc.Tokens[t].Start]))
                {
                    break;
                }
                content.Add(Fragment(doc, t, lastToken[p]));
                last = p;
            }
            turns.Add(new TranscriptTurn(first, end, paragraph, last, content));
        }
        return turns;
    }

    /// <summary>The paragraphs to leave out when cue-less quotes look for a speaker: <paramref name="skip"/> and the whole
    /// transcript, whose quotes belong to its turns ("(CROSSTALK)" opened with a quote mark is no more of a turn).</summary>
    public static bool[] SkipForContinuations(bool[] skip, List<TranscriptTurn> turns)
    {
        if (turns.Count == 0)
        {
            return skip;
        }
        var copy = (bool[])skip.Clone();
        for (var p = turns[0].FirstParagraph; p <= turns[^1].LastParagraph; p++)
        {
            copy[p] = true;
        }
        return copy;
    }

    /// <summary>The statement of one turn: the label speaks, the colon is the cue, each paragraph of the turn one content
    /// fragment.</summary>
    public static Draft Statement(Document doc, TranscriptTurn turn, int sentence, SpeakerResolver resolver)
    {
        var (actor, how) = resolver.Resolve(new SourcePhrase(turn.LabelFirst, turn.LabelEnd, turn.LabelFirst, turn.LabelEnd, false), null);
        var d = new Draft
        {
            Cue = doc.Tokens[turn.Colon].Span(),
            Sentence = sentence,
            Source = doc.SpanOf(turn.LabelFirst, turn.LabelEnd),
            Speaker = actor,
            How = how,
        };
        d.Content.AddRange(turn.Content);
        return d;
    }

    /// <summary>Tokens [<paramref name="first"/>, <paramref name="last"/>] as one span, a closing mark of a quote opened
    /// before it left out.</summary>
    private static TextSpan Fragment(Document doc, int first, int last)
    {
        if (last > first && doc.Tokens[last].Kind == TokenKind.QuoteClose && doc.Tokens[last].Quote != doc.Tokens[first].Quote)
        {
            last--;
        }
        return new TextSpan(doc.Tokens[first].Start, doc.Tokens[Math.Max(first, last)].End);
    }

    /// <summary>"ROE:" or "“JANE ROE:" opening the paragraph: the label's tokens, ending at the colon.</summary>
    private static (int First, int End)? Label(Document doc, Sentence s)
    {
        var first = s.First < s.Last && doc.Tokens[s.First].Kind == TokenKind.QuoteOpen ? s.First + 1 : s.First;
        var t = first;
        while (t < s.Last && t - first < MaxLabelWords && doc.Tokens[t].Kind == TokenKind.Word && IsUpperCase(doc.Word(t)))
        {
            t++;
        }
        return t > first && doc.IsChar(t, ':') ? (first, t) : null;
    }

    /// <summary>At least two labels end in different words ("ROE" and "JANE POE"; "JANE ROE" and "ROE" are one).</summary>
    private static bool TwoSpeakers(Document doc, List<(int First, int End, int Paragraph)> labels)
    {
        var first = doc.Word(labels[0].End - 1);
        foreach (var (_, end, _) in labels)
        {
            if (!doc.Word(end - 1).SequenceEqual(first))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsUpperCase(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }
            letters += char.IsLetter(c) ? 1 : 0;
        }
        return letters >= 2;
    }

    /// <summary>The first and last token of every paragraph (-1 for a paragraph without tokens).</summary>
    private static (int[] First, int[] Last) ParagraphTokens(Document doc)
    {
        var first = new int[doc.Paragraphs.Count];
        var last = new int[doc.Paragraphs.Count];
        Array.Fill(first, -1);
        Array.Fill(last, -1);
        for (var t = 0; t < doc.Tokens.Count; t++)
        {
            var p = doc.Tokens[t].Paragraph;
            if (first[p] < 0)
            {
                first[p] = t;
            }
            last[p] = t;
        }
        return (first, last);
    }
}
