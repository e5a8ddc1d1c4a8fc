using Briefing.Core.Extraction.Cues;
using Briefing.Core.Extraction.Lexicons;
using Briefing.Core.Extraction.Text;

namespace Briefing.Core.Extraction.Attribution;

/// <summary>What was said: the content spans of a statement (left of the cue, right of it, a trailing quote,
/// the quote after a colon that ends a paragraph) and "according to" attributions.</summary>
internal sealed partial class Attributor
{
    private bool QuoteEndsSentence(int open, Sentence sentence)
    {
        var q = _doc.Quotes[_doc.Tokens[open].Quote];
        return q.End >= _doc.Tokens[sentence.Last - 1].Start;
    }

    private bool HasContentBefore(int sep, Sentence sentence) => sep > sentence.First || (sep == sentence.First && _doc.Tokens[sep].Kind == TokenKind.QuoteClose);

    /// <summary>Content is the quote that ends at <paramref name="sep"/>, or the clause from the sentence start.</summary>
    private void AddLeftContent(Draft d, int sep, Sentence sentence)
    {
        var endTok = sep;
        var tok = _doc.Tokens[sep];
        if (tok.Kind != TokenKind.QuoteClose)
        {
            endTok = sep - 1;
            while (endTok > sentence.First && ContentFinder.IsTrailing(_doc, endTok))
            {
                endTok--;
            }
        }
        var startTok = sentence.First;
        if (tok.Kind == TokenKind.QuoteClose)
        {
            var q = _doc.Quotes[tok.Quote];
            // A quote that starts the sentence (or is the whole left part) is the content.
            var qs = q.Start;
            var st = _doc.Tokens[sentence.First].Start;
            startTok = qs <= st ? sentence.First : FirstTokenAt(q.Start, sentence);
            if (startTok > sentence.First && !LeftPartIsQuoteOnly(sentence.First, startTok) && !AfterColonLead(startTok) && !AfterDashLead(startTok))
            {
                startTok = sentence.First;
            }
        }
        if (endTok < startTok)
        {
            return;
        }
        d.Content.Add(new TextSpan(_doc.Tokens[startTok].Start, _doc.Tokens[endTok].End));
    }

    /// <summary>ColonLeadIsNoContent: "At the time, Roe seemed to hint at it: “She signed the deal,” he told the Courier." —
    /// the writer's lead-in before a colon introduces the quote; the statement is the quote alone. A colon right after a
    /// cue keeps its clause: in "Asked about it, Roe said: “…,” the Times reported." the report holds it.</summary>
    private bool AfterColonLead(int open) =>
        _rules.Uses(ExtractionRule.ColonLeadIsNoContent) && _doc.Tokens[open].Kind == TokenKind.QuoteOpen && _doc.IsChar(open - 1, ':')
        && !_cues.Exists(c => c.Last == open - 1);

    /// <summary>DashLeadIsNoContent: "Vell has railed against the plan — “I love boats,” he said, “but …”" — a quote
    /// set off from the writer's clause by a dash, with its own attribution after it, is the statement alone: the
    /// clause before the dash is the writer's (or another cue's), not more of what was said.</summary>
    private bool AfterDashLead(int open) =>
        _rules.Uses(ExtractionRule.DashLeadIsNoContent) && _doc.Tokens[open].Kind == TokenKind.QuoteOpen && open > 0
        && IsWritersDash(open - 1) && !AsideAfterQuote(open - 1);

    /// <summary>A dash outside any quote, written as one character or as "--" (unlike <see cref="IsDashToken"/>, which the
    /// older clause rules use and which takes one character only: widening it would move their decisions).</summary>
    private bool IsWritersDash(int t) =>
        _doc.Tokens[t].Kind == TokenKind.Punct && !_doc.Tokens[t].InQuote && _doc.Text[_doc.Tokens[t].Start] is '-' or '\u2014' or '\u2013';

    /// <summary>"“I don't think the plan” -- that the levy is a tax -- “is going to last,” he says": the dash closes an
    /// aside the writer set into one quote; the two halves stay one statement.</summary>
    private bool AsideAfterQuote(int dash)
    {
        for (var k = dash - 1; k > 0 && dash - k <= 40; k--)
        {
            if (IsWritersDash(k))
            {
                return _doc.Tokens[k - 1].Kind == TokenKind.QuoteClose;
            }
            if (_doc.Tokens[k].Kind == TokenKind.Punct && _doc.Text[_doc.Tokens[k].Start] is '.' or '?' or '!' && !_doc.Tokens[k].InQuote)
            {
                return false;
            }
        }
        return false;
    }

    private bool LeftPartIsQuoteOnly(int from, int to)
    {
        // Leading "And" or a comma before the quote do not make it a mixed sentence.
        return to - from <= 2;
    }

    private int FirstTokenAt(int charStart, Sentence sentence)
    {
        for (var t = sentence.First; t < sentence.Last; t++)
        {
            if (_doc.Tokens[t].Start >= charStart)
            {
                return t;
            }
        }
        return sentence.First;
    }

    /// <summary>"“A,” she said, “B.”": the quote right after the cue belongs to the same statement.</summary>
    private void AddTrailingQuote(Draft d, int after, Sentence sentence)
    {
        var t = after;
        var guard = 0;
        while (t < _doc.Tokens.Count && guard++ < 6 && _doc.Tokens[t].Kind == TokenKind.Word && !_doc.Tokens[t].InQuote
               && (Lexicon.IsTimeWord(_doc.Word(t)) || _doc.Tokens[t].Kind == TokenKind.Number || _doc.WordIs(t, "on") || _doc.WordIs(t, "in")
                   || _doc.WordIs(t, "a") || _doc.WordIs(t, "an") || _doc.WordIs(t, "statement") || _doc.WordIs(t, "interview") || _doc.WordIs(t, "later")))
        {
            t++;
        }
        if (t + 1 >= _doc.Tokens.Count || !(_doc.IsChar(t, ',') || _doc.IsChar(t, '.') || _doc.IsChar(t, ':'))
            || _doc.IsChar(t, ',') && _doc.Tokens[t + 1].Kind != TokenKind.QuoteOpen)
        {
            // "“A,” said Ryan Ellis, a tax consultant. “B.”": the next sentence of the paragraph is the rest of the quote.
            t = sentence.Last - 1;
            if (!_rules.Uses(ExtractionRule.TrailingQuoteAcrossFullStop) || t + 1 >= _doc.Tokens.Count || !_doc.IsChar(t, '.'))
            {
                return;
            }
        }
        var open = _doc.Tokens[t + 1];
        if (open.Kind != TokenKind.QuoteOpen || open.Paragraph != _doc.Tokens[t].Paragraph)
        {
            return;
        }
        if (_doc.IsChar(t, '.') && !_rules.Uses(ExtractionRule.TrailingQuoteAcrossFullStop))
        {
            return;
        }
        var q = _doc.Quotes[open.Quote];
        // "“A,” read one. “B,” was another.": a next-sentence quote that ends in a comma and goes on has its own
        // attribution after it, so it does not continue this one.
        if (_doc.IsChar(t, '.') && _rules.Uses(ExtractionRule.OwnAttributionFollows) && OpenEndedWithTail(q))
        {
            return;
        }
        d.Content.Add(new TextSpan(q.Start, q.End));
    }

    private bool OpenEndedWithTail(Quotes.QuoteSpan q) => QuoteContinuations.OpenEndedWithTail(_doc, q);

    private void AddRightContent(Draft d, Cue cue, Sentence sentence)
    {
        var start = ContentFinder.StartAfter(_doc, cue, sentence, _rules);
        if (start < 0)
        {
            ColonToNextParagraph(d, sentence);
            return;
        }
        // "… reacted to the news, saying: “…”": the participle cue owns what follows; the verb before it has no content.
        if (StartsCue(start, CueFlags.Participle))
        {
            return;
        }
        var end = ContentFinder.EndFrom(_doc, start, sentence, _cues, _rules);
        if (end < start || ContentFinder.IsTrailing(_doc, start) && end == start)
        {
            return;
        }
        d.Content.Add(new TextSpan(_doc.Tokens[start].Start, _doc.Tokens[end].End));
    }

    /// <summary>Whether a cue with all of <paramref name="flags"/> (any cue, without) starts at <paramref name="token"/>.</summary>
    private bool StartsCue(int token, CueFlags flags = CueFlags.None)
    {
        foreach (var c in _cues)
        {
            if (c.First == token && (c.Flags & flags) == flags)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"Roe wrote:" closing a paragraph introduces the quote that opens the next one.</summary>
    private void ColonToNextParagraph(Draft d, Sentence sentence)
    {
        var last = sentence.Last - 1;
        // "Roe said in a statement. “…”": a full stop typed for the colon.
        var stop = _doc.IsChar(last, ':') || _doc.IsChar(last, '.') && _rules.Uses(ExtractionRule.LeadInEndsSentence);
        if (!stop || sentence.Last >= _doc.Tokens.Count)
        {
            return;
        }
        var next = _doc.Tokens[sentence.Last];
        if (next.Kind == TokenKind.QuoteOpen && !(_rules.Uses(ExtractionRule.LeadInSkipsAttributedQuote) && NextQuoteHasOwnCue(d.Sentence)))
        {
            var q = _doc.Quotes[next.Quote];
            d.Content.Add(new TextSpan(q.Start, q.End));
        }
    }

    /// <summary>LeadInSkipsAttributedQuote: "… as Vell noted in the Courier. ¶ “I worry …,” said Ann Baker." — the quote
    /// opening the next sentence has a cue of its own right after it, so it is that cue's statement, not this lead-in's.
    /// Runs only for a lead-in ending its sentence before a quote; reads the next sentence's cues.</summary>
    private bool NextQuoteHasOwnCue(int s)
    {
        if (s + 1 >= _doc.Sentences.Count)
        {
            return false;
        }
        var next = _doc.Sentences[s + 1];
        var cues = new List<Cue>();
        CueFinder.Find(_doc, next, cues, _rules);
        return ContentFinder.QuoteWithOwnCueAt(_doc, next.First, next, cues);
    }

    private void AccordingTo(Cue cue, int s, Sentence sentence)
    {
        var src = SourceFinder.Right(_doc, cue.Last, sentence.Last) ?? AccordingToPhrase(cue.Last, sentence);
        if (src is not { } p)
        {
            return;
        }
        var d = NewDraft(cue, s, p);
        if (cue.First == sentence.First)
        {
            var t = p.Last;
            while (t < sentence.Last && !_doc.IsChar(t, ','))
            {
                t++;
            }
            if (t + 1 < sentence.Last)
            {
                var end = ContentFinder.EndFrom(_doc, t + 1, sentence, _cues, _rules);
                if (end > t)
                {
                    d.Content.Add(new TextSpan(_doc.Tokens[t + 1].Start, _doc.Tokens[end].End));
                }
            }
        }
        else if (cue.First - 1 > sentence.First)
        {
            var end = cue.First - 1;
            while (end > sentence.First && ContentFinder.IsTrailing(_doc, end))
            {
                end--;
            }
            var start = sentence.First;
            // "“…,” Roe said, according to the agency.": the report wraps the whole statement before it, cue and all.
            if (_rules.Uses(ExtractionRule.AccordingToWrapsStatement) && LastDraft is { } wrapped && WrapsStatement(wrapped, s, end))
            {
                start = FirstTokenAt(Math.Min(wrapped.Start, Math.Min(wrapped.Source?.Start ?? int.MaxValue, wrapped.Cue?.Start ?? int.MaxValue)), sentence);
            }
            // Only the clause the attribution closes: after the last cue-bearing comma of an earlier draft.
            else if (LastDraft is { } prev && prev.Sentence == s && prev.End <= _doc.Tokens[end].Start)
            {
                start = FirstTokenAt(prev.End, sentence);
                while (start < end && ContentFinder.IsTrailing(_doc, start))
                {
                    start++;
                }
            }
            // "But according to the poll, …": a leading conjunction alone is no content.
            if (!(_rules.Uses(ExtractionRule.AccordingToBothSides) && end - start < 2 && Lexicon.Has(NotSourceWords, _doc.Word(start))))
            {
                d.Content.Add(new TextSpan(_doc.Tokens[start].Start, _doc.Tokens[end].End));
            }
            // "… Roe said, according to the agency. “B.”": the quote that continues the statement is reported too.
            if (_rules.Uses(ExtractionRule.AccordingToWrapsStatement) && d.Content.Count > 0 && LastDraft is { } inner && WrapsStatement(inner, s, end))
            {
                d.Content.AddRange(inner.Content.Where(c => c.Start > d.Content[0].End));
            }
            if (_rules.Uses(ExtractionRule.AccordingToBothSides))
            {
                AddClauseAfterSource(d, p, sentence);
            }
        }
        Commit(d, nested: false);
    }

    /// <summary>The statement <paramref name="d"/> of this sentence, quote first, has its source and cue in the clause
    /// that the "according to" closes at token <paramref name="end"/> ("“…,” Roe said Monday in Ohio, according to …").</summary>
    private bool WrapsStatement(Draft d, int s, int end)
    {
        if (d.Sentence != s || d.Cue is not { } cue || d.Source is not { } source || d.Start >= cue.Start)
        {
            return false;
        }
        var last = Math.Max(cue.End, source.End);
        var endChar = _doc.Tokens[end].End;
        return last <= endChar && _doc.Text.AsSpan(last, endChar - last).IndexOfAny(',', ';') < 0;
    }

    /// <summary>AccordingToBothSides: "Fundraising, according to the campaign, has surged." / "…after, according to him,
    /// the network censured …": an "according to" phrase inside a clause splits it; the part after the source's comma
    /// belongs to the content too.</summary>
    private void AddClauseAfterSource(Draft d, SourcePhrase p, Sentence sentence)
    {
        var t = p.Last;
        if (t + 1 >= sentence.Last || !(_doc.IsChar(t, ',') || _doc.IsChar(t, '\u2014')) || _doc.Tokens[t + 1].Kind is not (TokenKind.Word or TokenKind.QuoteOpen or TokenKind.Number))
        {
            return;
        }
        var end = ContentFinder.EndFrom(_doc, t + 1, sentence, _cues, _rules);
        if (end > t + 1)
        {
            d.Content.Add(new TextSpan(_doc.Tokens[t + 1].Start, _doc.Tokens[end].End));
        }
    }

    /// <summary>"According to early results of exit polls conducted for the network, …" / "…, according to a count by
    /// the agency.": the source of "according to" is everything up to the next punctuation, however long —
    /// polls, counts, records and documents speak here, not only people.</summary>
    private SourcePhrase? AccordingToPhrase(int t, Sentence sentence)
    {
        var end = t;
        while (end < sentence.Last && end - t < 25 && _doc.Tokens[end].Kind is TokenKind.Word or TokenKind.Number && !_doc.Tokens[end].InQuote)
        {
            end++;
        }
        if (end == t || end - t >= 25 || end < sentence.Last && _doc.Tokens[end].Kind is not TokenKind.Punct)
        {
            return null;
        }
        return new SourcePhrase(t, end, t, end, false);
    }
}
