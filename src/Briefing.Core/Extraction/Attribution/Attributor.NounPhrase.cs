using Briefing.Core.Extraction.Cues;
using Briefing.Core.Extraction.Lexicons;
using Briefing.Core.Extraction.Text;

namespace Briefing.Core.Extraction.Attribution;

internal sealed partial class Attributor
{
    // Words that open a clause: the subject phrase before a cue starts after them.
    private static readonly System.Collections.Frozen.FrozenSet<string> ClauseBoundaries = Lexicon.Set("""
        that when but though although after before which as and or while because if since who whom where so then what
        how why until unless once whether than
        """);

    /// <summary>NounPhraseSubject: "Some 22 percent said …", "Six in 10 say …", "local traders also say …": no name,
    /// pronoun or speaker noun stands before the cue, but a quantity or a plural noun does; the words back to the
    /// clause boundary (comma, conjunction, another cue) are the source.</summary>
    private SourcePhrase? NounPhraseSubject(Cue cue, Sentence sentence)
    {
        // Noun-like cues ("the remarks", "a dozen states") and participles ("with most precincts reporting") have no subject.
        if (!_rules.Uses(ExtractionRule.NounPhraseSubject) || (cue.Flags & CueFlags.Participle) != 0 || Lexicon.Has(NounLikeCues, _doc.Word(cue.First))
            || !CueFinder.SubjectWordBefore(_doc, cue.First, sentence))
        {
            return null;
        }
        var end = cue.First - 1;
        while (end > sentence.First && _doc.Tokens[end].Kind == TokenKind.Word && !Lexicon.IsQuantity(_doc.Word(end))
               && (Lexicon.IsVerbAdverb(_doc.Word(end)) || Lexicon.IsAuxiliary(_doc.Word(end))))
        {
            end--;
        }
        var first = end;
        while (first - 1 >= sentence.First && end - first < 10)
        {
            var k = first - 1;
            var tok = _doc.Tokens[k];
            if (tok.InQuote || tok.Kind is TokenKind.QuoteOpen or TokenKind.QuoteClose || tok.Kind == TokenKind.Punct && !_doc.IsChar(k, '%')
                || tok.Kind == TokenKind.Word && (Lexicon.Has(ClauseBoundaries, _doc.Word(k)) || Lexicon.CueOf(_doc.Word(k)) != CueFlags.None))
            {
                break;
            }
            first = k;
        }
        while (first < end && (_doc.WordIs(first, "of") || _doc.WordIs(first, "for") || _doc.WordIs(first, "in") || _doc.WordIs(first, "by")))
        {
            first++;
        }
        return _doc.Tokens[end].Kind == TokenKind.Punct && !_doc.IsChar(end, '%') ? null : new SourcePhrase(first, end + 1, first, end + 1, false);
    }
}
