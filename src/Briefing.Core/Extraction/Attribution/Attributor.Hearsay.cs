using Briefing.Core.Extraction.Lexicons;
using Briefing.Core.Extraction.Text;

namespace Briefing.Core.Extraction.Attribution;

/// <summary>Source-less attributions marked by a single word rather than a speaker: hearsay adverbs ("Roe reportedly
/// met the donors") and names given by usage ("the string of contests known as Super Tuesday").</summary>
internal sealed partial class Attributor
{
    private static readonly System.Collections.Frozen.FrozenSet<string> HearsayAdverbs = Lexicon.Set("reportedly allegedly purportedly reputedly supposedly");

    /// <summary>HearsayAdverb: "The board has reportedly hired a lawyer" — someone unnamed reports the clause; the
    /// content is the clause around the adverb (its subject and its predicate).</summary>
    private void HearsayAdverb(int s, Sentence sentence)
    {
        for (var t = sentence.First; t + 1 < sentence.Last; t++)
        {
            var tok = _doc.Tokens[t];
            // "Roe reportedly said …" is the verb's statement; "for allegedly laundering …" is no clause of its own.
            if (tok.Kind != TokenKind.Word || tok.InQuote || !Lexicon.Has(HearsayAdverbs, _doc.Word(t)) || StartsCue(t + 1)
                || _doc.Word(t + 1).EndsWith("ing", StringComparison.Ordinal))
            {
                continue;
            }
            var start = ClauseStartBefore(t, sentence);
            var end = Math.Min(ContentFinder.EndFrom(_doc, t, sentence, _cues, _rules), ClauseEndAfter(t, sentence));
            if (end <= t)
            {
                continue;
            }
            var d = new Draft { Cue = _doc.Tokens[t].Span(), Sentence = s, Belief = false };
            if (start < t)
            {
                d.Content.Add(new TextSpan(_doc.Tokens[start].Start, _doc.Tokens[t - 1].End));
            }
            d.Content.Add(new TextSpan(_doc.Tokens[t + 1].Start, _doc.Tokens[end].End));
            Commit(d, nested: false);
        }
    }

    /// <summary>KnownAs: "a string of contests known as Super Tuesday", "a state known for …" — a reduced "known as/for"
    /// (no auxiliary: PassiveRaising takes "is known as") names by usage; the content is the name or trait after it.</summary>
    private void KnownAs(int s, Sentence sentence)
    {
        for (var t = sentence.First + 1; t + 2 < sentence.Last; t++)
        {
            var tok = _doc.Tokens[t];
            if (tok.Kind != TokenKind.Word || tok.InQuote || !_doc.WordIs(t, "known") || !(_doc.WordIs(t + 1, "as") || _doc.WordIs(t + 1, "for"))
                || Lexicon.IsAuxiliary(_doc.Word(t - 1)) || Lexicon.Has(BeForms, _doc.Word(t - 1)))
            {
                continue;
            }
            var end = t + 2;
            while (end + 1 < sentence.Last && _doc.Tokens[end + 1].Kind is TokenKind.Word or TokenKind.Number or TokenKind.QuoteOpen or TokenKind.QuoteClose
                   && !(_doc.Tokens[end + 1].Kind == TokenKind.Word && !_doc.Tokens[end + 1].InQuote && Lexicon.Has(NotSourceWords, _doc.Word(end + 1)) && !_doc.WordIs(end + 1, "of")))
            {
                end++;
            }
            var d = new Draft { Cue = new TextSpan(_doc.Tokens[t].Start, _doc.Tokens[t + 1].End), Sentence = s, Belief = false };
            d.Content.Add(new TextSpan(_doc.Tokens[t + 2].Start, _doc.Tokens[end].End));
            Commit(d, nested: false);
        }
    }

    private static readonly System.Collections.Frozen.FrozenSet<string> BeForms = Lexicon.Set("is are was were be been being am best well widely also now once");

    private bool StartsCue(int token)
    {
        foreach (var c in _cues)
        {
            if (c.First == token)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The last token of the clause holding <paramref name="t"/>: before the next comma, semicolon or dash.</summary>
    private int ClauseEndAfter(int t, Sentence sentence)
    {
        for (var k = t + 1; k < sentence.Last; k++)
        {
            if (!_doc.Tokens[k].InQuote && (_doc.IsChar(k, ',') || _doc.IsChar(k, ';') || _doc.IsChar(k, '\u2014')))
            {
                return k - 1;
            }
        }
        return sentence.Last - 1;
    }

    /// <summary>The first token of the clause holding <paramref name="t"/>: after the last comma, semicolon or dash before it.</summary>
    private int ClauseStartBefore(int t, Sentence sentence)
    {
        for (var k = t - 1; k >= sentence.First; k--)
        {
            if (!_doc.Tokens[k].InQuote && (_doc.IsChar(k, ',') || _doc.IsChar(k, ';') || _doc.IsChar(k, '\u2014') || _doc.IsChar(k, ':')))
            {
                return k + 1;
            }
        }
        return sentence.First;
    }
}
