using Briefing.Core.Extraction.Text;

namespace Briefing.Core.Extraction.Attribution;

/// <summary>"Jane Roe agreed. “…”", "Mr. Poe is unapologetic about his aim. “…”": a cue-less quote standing as its own
/// sentence right after a sentence that names its subject is that subject's, not the previous speaker's — the sentence
/// before introduces the quote without a speech verb.</summary>
internal sealed partial class Attributor
{
    /// <summary>How far into its clause the subject of the lead-in sentence may start ("But Roe", "Iowa's Jane Roe").</summary>
    private const int MaxLeadInSubjectOffset = 3;

    private Draft? LeadInSentenceQuote(Quotes.QuoteSpan quote)
    {
        if (!_rules.Uses(ExtractionRule.LeadInSentenceSubject))
        {
            return null;
        }
        var open = FirstTokenAtChar(quote.Start);
        if (open <= 0)
        {
            return null;
        }
        var s = _sentenceOfToken[open];
        if (s == 0 || _doc.Sentences[s].First != open)
        {
            return null;
        }
        var lead = _doc.Sentences[s - 1];
        if (lead.Paragraph != quote.Paragraph || _skip[lead.Paragraph] || HasQuoteToken(lead))
        {
            return null;
        }
        var start = SubjectSearchStart(lead.Last, lead);
        if (SubjectBetween(start, Math.Min(lead.Last, start + MaxLeadInSubjectOffset + 1)) is not { } subject
            || subject.First - start > MaxLeadInSubjectOffset || _doc.WordIs(subject.First, "it"))
        {
            return null;
        }
        // "“…,” Roe said. He did not say more. “…”": the pronoun follows the statement before it, so that statement's
        // speaker is the most salient antecedent.
        return QuoteDraft(s, subject, quote, DraftBefore(quote.Start));
    }

    /// <summary>A cue-less quote spoken by <paramref name="subject"/>, resolved with <paramref name="context"/> as the
    /// statement before it.</summary>
    private Draft QuoteDraft(int sentence, SourcePhrase subject, Quotes.QuoteSpan quote, Draft? context)
    {
        var (actor, how) = _resolver.Resolve(subject, context);
        var d = new Draft
        {
            Sentence = sentence,
            Source = _doc.SpanOf(subject.First, subject.Last),
            Speaker = actor,
            How = how,
        };
        d.Content.Add(quote.Span);
        return d;
    }

    private Draft? DraftBefore(int position)
    {
        for (var i = Drafts.Count - 1; i >= 0; i--)
        {
            if (Drafts[i].Start < position)
            {
                return Drafts[i];
            }
        }
        return null;
    }

    private bool HasQuoteToken(Sentence sentence)
    {
        for (var t = sentence.First; t < sentence.Last; t++)
        {
            if (_doc.Tokens[t].InQuote || _doc.Tokens[t].Kind is TokenKind.QuoteOpen or TokenKind.QuoteClose)
            {
                return true;
            }
        }
        return false;
    }
}
