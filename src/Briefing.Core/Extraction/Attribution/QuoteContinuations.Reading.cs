using Briefing.Core.Extraction.Quotes;
using Briefing.Core.Extraction.Text;

namespace Briefing.Core.Extraction.Attribution;

/// <summary>How one cue-less quote is read: <see cref="CueLessQuoteReading.Read"/> lists the readings in the order they
/// are tried, and the first that takes the quote (a statement of its own, more of a statement before it, or nobody's
/// words) ends it.</summary>
internal static partial class QuoteContinuations
{
    /// <summary>A cue-less quote and what every reading asks of it: its words, whether it stands as a sentence of its
    /// own, and whether it continues an unclosed quote from the paragraph before.</summary>
    private readonly record struct CueLessQuote(QuoteSpan Quote, int Words, bool Standalone, bool ContinuesPrevious)
    {
        /// <summary>A short quote inside a clause (a scare quote, a title, a phrase its clause's subject said): never
        /// carried over from the previous speaker.</summary>
        public bool IsShort => !ContinuesPrevious && !(Standalone && Words >= 2) && Words < MinEmbeddedWords;
    }

    /// <summary>One article's cue-less quotes, read in text order; statements they open are collected in
    /// <see cref="Added"/> (a later quote may continue one of them), quotes that continue a statement join its content.</summary>
    private sealed class CueLessQuoteReading(Document doc, List<Draft> drafts, ExtractorSettings rules, CueLessQuoteReaders readers)
    {
        public List<Draft> Added { get; } = [];

        /// <summary>The readings of one quote, in the order they are tried; the first that takes the quote ends it.
        /// The last gives it to the previous statement's speaker, where that statement is near and may be carried over;
        /// a quote nothing takes is nobody's statement.</summary>
        public void Read(CueLessQuote q)
        {
            if (NamedInPassive(q) || JoinsSentenceStatement(q))
            {
                return;
            }
            if (q.IsShort)
            {
                ReadShort(q);
                return;
            }
            // A named work is nobody's words; "Roe issued a statement: “…”": the clause before the colon names the
            // speaker, whatever its verb.
            if (NamesAWork(q) || !q.ContinuesPrevious && Take(readers.Introduced(q.Quote)))
            {
                return;
            }
            var prev = Previous(drafts, Added, q.Quote.Start);
            if (LeadIn(q, prev))
            {
                return;
            }
            if (prev is null || TooFarToCarry(q, prev))
            {
                // "Each cycle brings a threat few keep: “If Roe wins, I'm moving!”": no statement before to carry over.
                if (!q.ContinuesPrevious)
                {
                    Take(readers.Framed(q.Quote));
                }
                return;
            }
            if (OpensOwnClause(q, prev) || JoinsPrevious(q, prev) || LongEmbedded(q) || !MayCarryOver(q, prev))
            {
                return;
            }
            // "“…?” Roe went on, …": a name and a verb after the quote attribute it, though the verb is no known cue.
            if (!q.ContinuesPrevious && Take(readers.NamedAfter(q.Quote)) || JoinsIndirectInParagraph(q, prev))
            {
                return;
            }
            CarryOver(q, prev);
        }

        private bool Take(Draft? statement)
        {
            if (statement is null)
            {
                return false;
            }
            Added.Add(statement);
            return true;
        }

        /// <summary>"The fund will be dubbed the “Harbour Fund”": a name given in the passive, nobody's words (no source).</summary>
        private bool NamedInPassive(CueLessQuote q) => !q.ContinuesPrevious && q.Words >= 1 && Take(readers.PassiveNamed(q.Quote));

        /// <summary>QuoteJoinsSentenceStatement: a quote after a short link in the sentence of a sourced statement is more of it.</summary>
        private bool JoinsSentenceStatement(CueLessQuote q)
        {
            if (!rules.Uses(ExtractionRule.QuoteJoinsSentenceStatement) || q.Standalone || q.ContinuesPrevious
                || Previous(drafts, Added, q.Quote.Start) is not { Source: not null } host || host.End > q.Quote.Start
                || SentenceOf(doc, host.End - 1) != SentenceOf(doc, q.Quote.Start) || !SentenceJoins.ShortLink(doc, host, q.Quote.Start))
            {
                return false;
            }
            host.Content.Add(q.Quote.Span);
            return true;
        }

        private void ReadShort(CueLessQuote q)
        {
            var quote = q.Quote;
            if (q.Words < 1)
            {
                return;
            }
            // A short quote inside a clause ("says the plan “can't win”") is the clause subject's statement.
            if (rules.Uses(ExtractionRule.ShortEmbeddedQuote) && !IsTitle(doc, quote, rules)
                && !(AfterDeterminer(doc, quote) && !(rules.Uses(ExtractionRule.ObjectOfCue) && ObjectOfCue(doc, quote)))
                && !(q.Words <= 3 && AfterNounPhraseWord(doc, quote))
                && !(q.Words <= 2 && rules.Uses(ExtractionRule.QuotedTermIsNoSpeech) && IsQuotedTerm(doc, quote))
                && !(q.Words <= 2 && rules.Uses(ExtractionRule.QuotedTermAfterModifier) && AfterDeterminerAndModifier(doc, quote))
                && Take(readers.OwnClause(quote)))
            {
                return;
            }
            if (rules.Uses(ExtractionRule.NamingFrameQuote) && NamingFrame.Introduces(doc, quote) && Take(readers.OwnClause(quote)))
            {
                return;
            }
            // "chants of “Dump Poe!”", "had one message: “Dump Poe.”": a frame that gives the words as said.
            Take(readers.Framed(quote));
        }

        /// <summary>CueLessTitleIsNoSpeech: a cue-less quote that names a work is nobody's statement.</summary>
        private bool NamesAWork(CueLessQuote q) =>
            !q.ContinuesPrevious && rules.Uses(ExtractionRule.CueLessTitleIsNoSpeech) && IsNamedWork(doc, q.Quote, rules);

        /// <summary>"Jane Roe agreed. “…”": unless the quote continues the statement before it in its paragraph, the
        /// sentence before names who speaks, though it has no speech verb.</summary>
        private bool LeadIn(CueLessQuote q, Draft? prev)
        {
            var lead = !q.ContinuesPrevious && q.Standalone ? readers.LeadIn(q.Quote) : null;
            if (lead is null || prev is not null && rules.Uses(ExtractionRule.MergeIntoPrevious)
                && q.Quote.Paragraph == doc.Sentences[prev.Sentence].Paragraph && HasQuote(doc, prev) && prev.End <= q.Quote.Start)
            {
                return false;
            }
            return Take(lead);
        }

        private bool TooFarToCarry(CueLessQuote q, Draft prev) =>
            q.Quote.Paragraph - doc.Sentences[prev.Sentence].Paragraph > MaxParagraphGap && !q.ContinuesPrevious;

        /// <summary>NewClauseQuoteNotMerged: "Roe credited the win to “a closed vote.” She urged the board to “open its
        /// doors.”": a quote inside a later sentence whose clause has a subject of its own is that subject's new
        /// statement, not more of the one before.</summary>
        private bool OpensOwnClause(CueLessQuote q, Draft prev)
        {
            var sentence = SentenceOf(doc, q.Quote.Start);
            if (!rules.Uses(ExtractionRule.NewClauseQuoteNotMerged) || q.ContinuesPrevious || q.Standalone || prev.End > q.Quote.Start
                || sentence <= SentenceOf(doc, prev.End - 1) || !NewClauseQuote.MayOpenOwnClause(doc, q.Quote, doc.Sentences[sentence].Span))
            {
                return false;
            }
            var own = readers.OwnClause(q.Quote);
            return own is not null && NewClauseQuote.OpensOwnClause(doc, own, q.Quote, doc.Sentences[sentence].Span) && Take(own);
        }

        /// <summary>MergeIntoPrevious: annotators keep "“A,” he said. “B.” / next paragraph “C.”" as one attribution with
        /// several fragments: a follow-on quote in the same paragraph, or one that fills the very next paragraph on its
        /// own, joins the statement before it (also a cue-less one: the chain then grows paragraph by paragraph).</summary>
        private bool JoinsPrevious(CueLessQuote q, Draft prev)
        {
            var lastParagraph = doc.Sentences[SentenceOf(doc, prev.End - 1)].Paragraph;
            var fillsNextParagraph = q.Quote.Paragraph - lastParagraph == 1 && IsWholeParagraph(doc, q.Quote);
            var near = q.Quote.Paragraph == doc.Sentences[prev.Sentence].Paragraph
                || rules.Uses(ExtractionRule.MergeWholeNextParagraph) && fillsNextParagraph;
            // A quote filling the next paragraph also joins a statement with no quote of its own ("Roe praised the
            // crews. ¶ “They never stopped.”"): annotators keep it as another fragment of that statement.
            var nextParagraphOfIndirect = rules.Uses(ExtractionRule.NextParagraphQuoteJoinsIndirect) && fillsNextParagraph;
            if (!rules.Uses(ExtractionRule.MergeIntoPrevious) || !near || !(HasQuote(doc, prev) || nextParagraphOfIndirect)
                || prev.End > q.Quote.Start)
            {
                return false;
            }
            prev.Content.Add(q.Quote.Span);
            return true;
        }

        /// <summary>LongEmbeddedQuote: "Roe thanked the crews for “…”": a quote inside a clause of its own belongs to that
        /// clause subject, not to the previous speaker (the merge before has already kept follow-on quotes of the same
        /// statement).</summary>
        private bool LongEmbedded(CueLessQuote q) =>
            rules.Uses(ExtractionRule.LongEmbeddedQuote) && !q.ContinuesPrevious && !q.Standalone && Take(readers.OwnClause(q.Quote));

        /// <summary>CarryOverSpeaker, unless "…, which has denied …" names no one a later quote could continue (an
        /// unresolved relative pronoun) or, with CommaQuoteNotCarried, "“…,” said one owner who declined to be named.":
        /// a quote opening its sentence and closed on a comma has its own attribution after it, so the previous speaker
        /// is the wrong guess even when that attribution was not recognised.</summary>
        private bool MayCarryOver(CueLessQuote q, Draft prev) =>
            rules.Uses(ExtractionRule.CarryOverSpeaker) && !(prev.Speaker is null && IsRelativePronoun(doc, prev.Source))
            && !(rules.Uses(ExtractionRule.CommaQuoteNotCarried) && !q.ContinuesPrevious && OpensSentence(doc, q.Quote)
                && OpenEndedWithTail(doc, q.Quote));

        /// <summary>SameParagraphQuoteJoinsIndirect: "Roe argued the levy was flawed. As a result, there is still “a lobby
        /// that charges whatever.”": a quote that would only be carried over, later in the paragraph of a statement
        /// quoting nothing, is more of that statement.</summary>
        private bool JoinsIndirectInParagraph(CueLessQuote q, Draft prev)
        {
            if (!rules.Uses(ExtractionRule.SameParagraphQuoteJoinsIndirect) || q.Quote.Paragraph != doc.Sentences[prev.Sentence].Paragraph
                || prev.End > q.Quote.Start)
            {
                return false;
            }
            prev.Content.Add(q.Quote.Span);
            return true;
        }

        /// <summary>The previous speaker goes on: a statement of its own with the previous source and speaker.</summary>
        private void CarryOver(CueLessQuote q, Draft prev)
        {
            var d = new Draft
            {
                Cue = null,
                Sentence = SentenceOf(doc, q.Quote.Start),
                Source = prev.Source,
                Speaker = prev.Speaker,
                How = prev.Speaker is null ? SpeakerResolution.Unresolved : SpeakerResolution.EarlierParagraph,
            };
            d.Content.Add(q.Quote.Span);
            Added.Add(d);
        }
    }
}

/// <summary>The attributor's readings of a cue-less quote, each a statement or null, as
/// <see cref="QuoteContinuations"/> tries them where a quote is not simply carried over: a name given in the passive
/// ("is dubbed the “…”", read before all others: nobody speaks), the clause the quote sits in (a short or long embedded
/// quote: its subject speaks), a colon or lead-in that introduces it, the lead-in sentence before a standalone quote, a
/// name right after it, and a frame that gives it as said (a chant, a colon that ends the sentence).</summary>
internal sealed record CueLessQuoteReaders(
    Func<QuoteSpan, Draft?> OwnClause,
    Func<QuoteSpan, Draft?> Introduced,
    Func<QuoteSpan, Draft?> LeadIn,
    Func<QuoteSpan, Draft?> NamedAfter,
    Func<QuoteSpan, Draft?> Framed,
    Func<QuoteSpan, Draft?> PassiveNamed);
