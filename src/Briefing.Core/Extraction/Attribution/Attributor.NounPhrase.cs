using Briefing.Core.Extraction.Cues;
using Briefing.Core.Extraction.Lexicons;
using Briefing.Core.Extraction.Text;

namespace Briefing.Core.Extraction.Attribution;

internal sealed partial class Attributor
{
    // Words that open a clause: the subject phrase before a cue starts after them.
    private static readonly Lexicons.WordSet ClauseBoundaries = Lexicon.Set("""
        that when but though although after before which as and or while because if since who whom where so then what
        how why until unless once whether than
        """);

    private static readonly Lexicons.WordSet Perfect = Lexicon.Set("has have had");
    private static readonly Lexicons.WordSet PassiveBe = Lexicon.Set("is are was were be been being");

    private static readonly Lexicons.WordSet PhraseDeterminers = Lexicon.Set("""
        the a an his her their its this that each every another one either neither
        """);

    /// <summary>ContentBeforeComma: "Sales were great, he said, wiping his face." / "…, officials said Wednesday." — after
    /// the cue only time words, then the sentence end or a comma that does not open a quote: the clause before the
    /// source's comma is the content (an adverbial opener like "In Ohio," is not).</summary>
    /// <param name="comma">The comma that closes the source and cue inside the sentence, or -1 when the sentence ends
    /// there.</param>
    private bool ClauseBeforeComma(Cue cue, int sep, Sentence sentence, out int comma)
    {
        comma = -1;
        if (!_rules.Uses(ExtractionRule.ContentBeforeComma) || sep - sentence.First < 3 || OpensAdverbial(sentence))
        {
            return false;
        }
        var k = cue.Last;
        while (k < sentence.Last && k - cue.Last < 4 && _doc.Tokens[k].Kind is TokenKind.Word or TokenKind.Number && !_doc.Tokens[k].InQuote
               && (Lexicon.IsTimeWord(_doc.Word(k)) || _doc.WordIs(k, "on") || _doc.WordIs(k, "last") || _doc.WordIs(k, "this") || _doc.Tokens[k].Kind == TokenKind.Number))
        {
            k++;
        }
        if (k >= sentence.Last || _doc.IsChar(k, '.') && k == sentence.Last - 1)
        {
            return true;
        }
        if (_doc.IsChar(k, ',') && k + 1 < sentence.Last && _doc.Tokens[k + 1].Kind == TokenKind.Word && !_doc.Tokens[k + 1].InQuote
            && !_doc.WordIs(k + 1, "that"))
        {
            comma = k;
            return true;
        }
        return false;
    }

    /// <summary>NounPhraseSubject: "Some 22 percent said …", "Six in 10 say …", "local traders also say …": no name,
    /// pronoun or speaker noun stands before the cue, but a quantity or a plural noun does; the words back to the
    /// clause boundary (comma, conjunction, another cue) are the source.</summary>
    private SourcePhrase? NounPhraseSubject(Cue cue, Sentence sentence)
    {
        // Noun-like cues ("the remarks", "a dozen states") and participles ("with most precincts reporting") have no subject.
        if (!_rules.Uses(ExtractionRule.NounPhraseSubject) || (cue.Flags & CueFlags.Participle) != 0 || Lexicon.Has(NounLikeCues, _doc.Word(cue.First)))
        {
            return null;
        }
        // A base form the cue finder accepted as finite has a subject before it, whatever it is.
        var quantified = CueFinder.SubjectWordBefore(_doc, cue.First, sentence) || (cue.Flags & CueFlags.Base) != 0;
        // "The witness said …", "Each side said …": a short determiner phrase before an inflected speech verb.
        var inflectedSpeech = (cue.Flags & (CueFlags.Speech | CueFlags.Base)) == CueFlags.Speech && cue.Form == CueForm.Verb;
        if (!quantified && !inflectedSpeech)
        {
            return null;
        }
        var end = _rules.Uses(ExtractionRule.ClauseNounPhrase) ? BeforeAside(cue.First - 1, sentence) : cue.First - 1;
        while (end > sentence.First && _doc.Tokens[end].Kind == TokenKind.Word && !Lexicon.IsQuantity(_doc.Word(end))
               && (Lexicon.IsVerbAdverb(_doc.Word(end)) || Lexicon.IsAuxiliary(_doc.Word(end)) || Lexicon.Has(Perfect, _doc.Word(end))))
        {
            end--;
        }
        // "The move was hotly criticized by …", "a fact first reported by …": a passive has no speaking subject.
        if (Lexicon.Has(PassiveBe, _doc.Word(end)) || _doc.WordIs(cue.Last, "by"))
        {
            return null;
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
        if (_doc.Tokens[end].Kind == TokenKind.Punct && !_doc.IsChar(end, '%')
            || !quantified && !(end > first && end - first <= 4 && Lexicon.Has(PhraseDeterminers, _doc.Word(first)) && _doc.Tokens[end].Kind == TokenKind.Word))
        {
            return null;
        }
        return new SourcePhrase(first, end + 1, first, end + 1, false);
    }

    /// <summary>"Proponents of the bill, however, say …", "Democrats — and some Republicans — say …": an aside between
    /// commas or dashes right before the cue is skipped; the subject ends before it.</summary>
    private int BeforeAside(int end, Sentence sentence)
    {
        if (end <= sentence.First || !(_doc.IsChar(end, ',') || IsDash(end)))
        {
            return end;
        }
        for (var k = end - 1; k > sentence.First && end - k <= 8; k--)
        {
            if (_doc.Tokens[k].InQuote || _doc.Tokens[k].Kind is TokenKind.QuoteOpen or TokenKind.QuoteClose)
            {
                return end;
            }
            if (_doc.IsChar(k, ',') || IsDash(k))
            {
                return k - 1 >= sentence.First && _doc.Tokens[k - 1].Kind is TokenKind.Word or TokenKind.Number ? k - 1 : end;
            }
        }
        return end;
    }

    private bool IsDash(int k) => _doc.IsChar(k, '\u2014') || _doc.IsChar(k, '\u2013');
}
