using Briefing.Core.Extraction.Actors;
using Briefing.Core.Extraction.Cues;
using Briefing.Core.Extraction.Lexicons;
using Briefing.Core.Extraction.Text;

namespace Briefing.Core.Extraction.Attribution;

/// <summary>Builds statements sentence by sentence: each cue gets a source (left, right, shared with the clause
/// before it) and content (after the cue, or the quote/clause before it), then quotes left without a cue inherit the
/// speaker of the statement before them.</summary>
internal sealed class Attributor
{
    private readonly Document _doc;
    private readonly ActorTable _actors;
    private readonly bool[] _skip;
    private readonly SpeakerResolver _resolver;
    private readonly List<Cue> _cues = [];

    public List<Draft> Drafts { get; } = [];

    public Attributor(Document doc, ActorTable actors, bool[] skipParagraph, int[] sentenceOfToken)
    {
        _doc = doc;
        _actors = actors;
        _skip = skipParagraph;
        _resolver = new SpeakerResolver(doc, actors, sentenceOfToken);
    }

    public void Run()
    {
        for (var s = 0; s < _doc.Sentences.Count; s++)
        {
            var sentence = _doc.Sentences[s];
            if (_skip[sentence.Paragraph])
            {
                continue;
            }
            _cues.Clear();
            CueFinder.Find(_doc, sentence, _cues);
            var firstInSentence = Drafts.Count;
            if ((Headlines.Colon(_doc, sentence, s, _resolver) ?? Headlines.DashSignature(_doc, sentence, s, _resolver)) is { } special)
            {
                Commit(special, nested: false);
            }
            foreach (var cue in _cues)
            {
                Attribute(cue, s, sentence, firstInSentence);
            }
        }
        QuoteContinuations.Attach(_doc, _skip, Drafts);
    }

    private bool IsPerson(int token) =>
        _actors.TokenActor[token] is var i and >= 0 && _actors.Actors[i].Kind == ActorKind.Person
        || Lexicons.Lexicon.IsSubjectPronoun(_doc.Word(token), out _);

    private Draft? LastDraft => Drafts.Count == 0 ? null : Drafts[^1];

    private void Attribute(Cue cue, int s, Sentence sentence, int firstInSentence)
    {
        if (cue.Form == CueForm.AccordingTo)
        {
            AccordingTo(cue, s, sentence);
            return;
        }
        var before = cue.First - 1;
        var inverted = before >= sentence.First && (_doc.IsChar(before, ',') || _doc.Tokens[before].Kind == TokenKind.QuoteClose);
        if (inverted && SourceFinder.Right(_doc, cue.Last, sentence.Last) is { } right && HasContentBefore(before, sentence))
        {
            var d = NewDraft(cue, s, right);
            AddLeftContent(d, before, sentence);
            AddTrailingQuote(d, right.Last, sentence);
            Commit(d, nested: false);
            return;
        }
        var left = SourceFinder.Left(_doc, cue.First, sentence.First, IsPerson);
        if (left is null)
        {
            // "…, saying …" / "… and insisted …": the subject of the clause before.
            var shared = (cue.Flags & CueFlags.Participle) != 0 && inverted
                || before >= sentence.First && (_doc.WordIs(before, "and") || _doc.WordIs(before, "but"));
            if (!shared || Drafts.Count <= firstInSentence)
            {
                return;
            }
            var prev = Drafts[^1];
            var d = new Draft { Cue = CueSpan(cue), Sentence = s, Belief = cue.IsBelief, Source = prev.Source, Speaker = prev.Speaker, How = prev.How };
            AddRightContent(d, cue, sentence);
            Commit(d, nested: false);
            return;
        }
        var l = left.Value;
        var draft = NewDraft(cue, s, l);
        var sep = l.First - 1;
        var sepIsQuote = sep >= sentence.First && _doc.Tokens[sep].Kind == TokenKind.QuoteClose;
        var sepIsComma = sep >= sentence.First && _doc.IsChar(sep, ',');
        var rightStart = ContentFinder.StartAfter(_doc, cue, sentence);
        var nothingAfter = rightStart < 0 || _doc.Tokens[rightStart].Kind == TokenKind.QuoteOpen && QuoteEndsSentence(rightStart, sentence) && sepIsQuote;
        if ((sepIsQuote || sepIsComma && (rightStart < 0 || ContentFinder.IsTrailing(_doc, rightStart))) && HasContentBefore(sep, sentence))
        {
            AddLeftContent(draft, sep, sentence);
            AddTrailingQuote(draft, cue.Last, sentence);
        }
        else if (!nothingAfter || rightStart >= 0)
        {
            AddRightContent(draft, cue, sentence);
        }
        var nested = Drafts.Count > 0 && Drafts[^1].Overlaps(_doc.Tokens[cue.First].Span());
        Commit(draft, nested);
    }

    private bool QuoteEndsSentence(int open, Sentence sentence)
    {
        var q = _doc.Quotes[_doc.Tokens[open].Quote];
        return q.End >= _doc.Tokens[sentence.Last - 1].Start;
    }

    private Draft NewDraft(Cue cue, int s, SourcePhrase source)
    {
        var (actor, how) = _resolver.Resolve(source, LastDraft);
        return new Draft
        {
            Cue = CueSpan(cue),
            Sentence = s,
            Belief = cue.IsBelief,
            Source = new TextSpan(_doc.Tokens[source.First].Start, _doc.Tokens[source.Last - 1].End),
            Speaker = actor,
            How = how,
        };
    }

    private TextSpan CueSpan(Cue cue) => new(_doc.Tokens[cue.First].Start, _doc.Tokens[cue.Last - 1].End);

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
            if (startTok > sentence.First && !LeftPartIsQuoteOnly(sentence.First, startTok))
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
        if (t + 1 >= _doc.Tokens.Count || !(_doc.IsChar(t, ',') || _doc.IsChar(t, '.') || _doc.IsChar(t, ':')))
        {
            // "“A,” said Ryan Ellis, a tax consultant. “B.”": the next sentence of the paragraph is the rest of the quote.
            t = sentence.Last - 1;
            if (!MergeAcrossFullStop || t + 1 >= _doc.Tokens.Count || !_doc.IsChar(t, '.'))
            {
                return;
            }
        }
        var open = _doc.Tokens[t + 1];
        if (open.Kind != TokenKind.QuoteOpen || open.Paragraph != _doc.Tokens[t].Paragraph)
        {
            return;
        }
        if (_doc.IsChar(t, '.') && !MergeAcrossFullStop)
        {
            return;
        }
        var q = _doc.Quotes[open.Quote];
        d.Content.Add(new TextSpan(q.Start, q.End));
    }

    /// <summary>Whether "“A,” he said. “B.”" makes one statement (true) or two.</summary>
    internal static bool MergeAcrossFullStop { get; set; } = true;

    private void AddRightContent(Draft d, Cue cue, Sentence sentence)
    {
        var start = ContentFinder.StartAfter(_doc, cue, sentence);
        if (start < 0)
        {
            ColonToNextParagraph(d, cue, sentence);
            return;
        }
        var end = ContentFinder.EndFrom(_doc, start, sentence, _cues);
        if (end < start || ContentFinder.IsTrailing(_doc, start) && end == start)
        {
            return;
        }
        d.Content.Add(new TextSpan(_doc.Tokens[start].Start, _doc.Tokens[end].End));
    }

    /// <summary>"Trump wrote:" closing a paragraph introduces the quote that opens the next one.</summary>
    private void ColonToNextParagraph(Draft d, Cue cue, Sentence sentence)
    {
        var last = sentence.Last - 1;
        if (!_doc.IsChar(last, ':') || sentence.Last >= _doc.Tokens.Count)
        {
            return;
        }
        var next = _doc.Tokens[sentence.Last];
        if (next.Kind == TokenKind.QuoteOpen)
        {
            var q = _doc.Quotes[next.Quote];
            d.Content.Add(new TextSpan(q.Start, q.End));
        }
    }

    private void AccordingTo(Cue cue, int s, Sentence sentence)
    {
        var src = SourceFinder.Right(_doc, cue.Last, sentence.Last);
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
                var end = ContentFinder.EndFrom(_doc, t + 1, sentence, _cues);
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
            // Only the clause the attribution closes: after the last cue-bearing comma of an earlier draft.
            if (LastDraft is { } prev && prev.Sentence == s && prev.End <= _doc.Tokens[end].Start)
            {
                start = FirstTokenAt(prev.End, sentence);
                while (start < end && ContentFinder.IsTrailing(_doc, start))
                {
                    start++;
                }
            }
            d.Content.Add(new TextSpan(_doc.Tokens[start].Start, _doc.Tokens[end].End));
        }
        Commit(d, nested: false);
    }

    private void Commit(Draft d, bool nested)
    {
        if (d.Content.Count == 0)
        {
            return;
        }
        // A cue inside another statement's content is kept only with a clear speaker ("Hegseth said he expects…").
        if (nested && d.Speaker is null)
        {
            return;
        }
        foreach (var other in Drafts)
        {
            if (other.Content.Count > 0 && other.Content[0] == d.Content[0])
            {
                return;
            }
        }
        Drafts.Add(d);
    }
}

internal static class TokenExtensions
{
    public static TextSpan Span(this Token t) => new(t.Start, t.End);
}
