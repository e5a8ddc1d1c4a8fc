using Briefing.Core.Extraction.Lexicons;
using Briefing.Core.Extraction.Text;

namespace Briefing.Core.Extraction.Attribution;

internal sealed partial class Attributor
{
    // More things a person files or puts out, beside IssuedDocuments.
    private static readonly Lexicons.WordSet FiledDocuments = Lexicon.Set("""
        tweets posts ads letters papers lawsuit suit complaint filing motion brief report reports op-ed editorial
        """);

    // Past forms of putting something out that do not end in -ed.
    private static readonly Lexicons.WordSet IrregularIssuing = Lexicon.Set("sent wrote put gave made took");

    /// <summary>DocumentAfterModifiers: "Roe filed a $40 million lawsuit in 2013 alleging …", "Roe unleashed a series of tweets
    /// early Friday saying …", "sent letters urging …" — the document's issuer speaks even with modifiers, numbers or an
    /// "of" phrase between the verb and the document, and after irregular pasts ("sent", "wrote").</summary>
    private bool IsIssuedAfterModifiers(SourcePhrase p, Sentence sentence)
    {
        var head = _doc.Word(p.NameLast - 1);
        if (!_rules.Uses(ExtractionRule.DocumentAfterModifiers) || !(Lexicon.Has(IssuedDocuments, head) || Lexicon.Has(FiledDocuments, head)))
        {
            return false;
        }
        for (var k = p.First - 1; k >= sentence.First && p.First - k <= 6; k--)
        {
            var tok = _doc.Tokens[k];
            if (tok.InQuote || tok.Capitalized || tok.Kind == TokenKind.Punct && !_doc.IsChar(k, '$'))
            {
                return false;
            }
            if (tok.Kind != TokenKind.Word)
            {
                continue;
            }
            var w = _doc.Word(k);
            if (w.EndsWith("ed", StringComparison.Ordinal) || Lexicon.Has(IrregularIssuing, w))
            {
                return true;
            }
            if (Lexicon.Has(NotSourceWords, w) && !w.Equals("of", StringComparison.Ordinal) && !w.Equals("in", StringComparison.Ordinal))
            {
                return false;
            }
        }
        return false;
    }
}
