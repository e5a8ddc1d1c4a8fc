using Briefing.Core.Extraction.Lexicons;
using Briefing.Core.Extraction.Text;

namespace Briefing.Core.Extraction.Attribution;

/// <summary>ColonNounPhrase: a colon that introduces a quote after a lead naming a document, not a person — "From the
/// report: “…”", "More from Roe's post: “…”", "Transcript as follows:", "Read the latest updates below:". The lead has
/// no actor or pronoun as its subject, so without this the quote would carry over an earlier speaker; annotators mark
/// the document as the source.</summary>
internal sealed partial class Attributor
{
    private const int MaxColonLeadWords = 6;

    /// <summary>The document after "from": tried before the clause subject ("From Roe's post:" is the post's).</summary>
    private SourcePhrase? ColonFromDocument(int colon, Sentence sentence) =>
        _rules.Uses(ExtractionRule.ColonNounPhrase) ? FromPhrase(colon, sentence) : null;

    /// <summary>The phrase before "as follows" / "below": tried only when the lead has no actor or pronoun subject.</summary>
    private SourcePhrase? ColonFollowsPhrase(int colon, Sentence sentence) =>
        _rules.Uses(ExtractionRule.ColonNounPhrase) ? FollowsPhrase(colon, sentence) : null;

    /// <summary>"From the report:", "More from Roe's Facebook post:" — the words after the last "from" up to the colon.</summary>
    private SourcePhrase? FromPhrase(int colon, Sentence sentence)
    {
        for (var k = colon - 1; k >= sentence.First && colon - k <= MaxColonLeadWords; k--)
        {
            if (!IsLeadWord(k))
            {
                return null;
            }
            if (_doc.WordIs(k, "from"))
            {
                return k + 1 < colon && OpensLead(k, sentence) ? new SourcePhrase(k + 1, colon, k + 1, colon, false) : null;
            }
        }
        return null;
    }

    /// <summary>"Transcript as follows:", "Read the latest updates below:" — the noun phrase opening the lead (after an
    /// imperative verb, from its determiner) up to "as follows" / "below", when the whole lead is that short.</summary>
    private SourcePhrase? FollowsPhrase(int colon, Sentence sentence)
    {
        int end;
        if (colon - 2 >= sentence.First && _doc.WordIs(colon - 1, "follows") && _doc.WordIs(colon - 2, "as"))
        {
            end = colon - 2;
        }
        else if (colon - 1 >= sentence.First && _doc.WordIs(colon - 1, "below"))
        {
            end = colon - 1;
        }
        else
        {
            return null;
        }
        var first = sentence.First;
        if (end <= first || end - first > MaxColonLeadWords)
        {
            return null;
        }
        for (var k = first; k < end; k++)
        {
            if (!IsLeadWord(k))
            {
                return null;
            }
        }
        // "Read the latest updates below:": an imperative before the determiner is not part of the phrase.
        for (var k = first + 1; k < end; k++)
        {
            if (Lexicon.Has(SubjectDeterminers, _doc.Word(k)))
            {
                first = k;
                break;
            }
        }
        return new SourcePhrase(first, end, first, end, false);
    }

    /// <summary>"From …" / "More from …" opening the sentence or the part after a dash: not "Jane Roe, from Ohio:".</summary>
    private bool OpensLead(int from, Sentence sentence)
    {
        for (var k = from - 1; k >= from - 2; k--)
        {
            if (k < sentence.First || IsDashToken(k))
            {
                return true;
            }
            if (!IsLeadWord(k) || _doc.Tokens[k].Capitalized && k > sentence.First && !IsDashToken(k - 1))
            {
                return false;
            }
        }
        return from - 3 < sentence.First || IsDashToken(from - 3);
    }

    private bool IsLeadWord(int k) =>
        _doc.Tokens[k] is { InQuote: false } tok && (tok.Kind is TokenKind.Word or TokenKind.Number || _doc.IsChar(k, '\'') || _doc.IsChar(k, '\u2019'));
}
