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
    private readonly int[] _sentenceOfToken;
    private readonly List<Cue> _cues = [];

    // Clause openers: "“…,” but he said" has its source after them, not before.
    private static readonly System.Collections.Frozen.FrozenSet<string> NotSourceWords = Lexicon.Set("""
        that when but though although after before which as and or while because if since who whom where to
        which whose so then what how why for with by from in on at of until unless once whether
        """);

    public List<Draft> Drafts { get; } = [];

    public Attributor(Document doc, ActorTable actors, bool[] skipParagraph, int[] sentenceOfToken)
    {
        _doc = doc;
        _actors = actors;
        _skip = skipParagraph;
        _resolver = new SpeakerResolver(doc, actors, sentenceOfToken);
        _sentenceOfToken = sentenceOfToken;
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
        QuoteContinuations.Attach(_doc, _skip, Drafts, EmbeddedQuote);
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
        // "…, saying it was “…”": a participle never stands before its subject, so "it" is content, not a source.
        // "“…,” Roe, 69, told MSNBC": a subject between the quote and the cue wins over the listener after it.
        var canInvert = inverted && (cue.Flags & CueFlags.Participle) == 0
            && !(QuoteSubjectEnabled && _doc.IsChar(before, ',') && QuoteSubject.Find(_doc, cue.First, sentence.First) is not null);
        var quoteBefore = before >= sentence.First && (_doc.Tokens[before].Kind == TokenKind.QuoteClose
            || _doc.IsChar(before, ',') && before > sentence.First && _doc.Tokens[before - 1].Kind == TokenKind.QuoteClose);
        if (canInvert && (SourceFinder.Right(_doc, cue.Last, sentence.Last) ?? (quoteBefore ? SourceFinder.RightLoose(_doc, cue.Last, sentence.Last) ?? QuoteSubject.InvertedAfterQuote(_doc, cue.Last, sentence.Last) : null)) is { } right
            && HasContentBefore(before, sentence) && (quoteBefore || !PronounOpensClause(right, sentence)))
        {
            var d = NewDraft(cue, s, right);
            AddLeftContent(d, before, sentence);
            AddTrailingQuote(d, right.Last, sentence);
            Commit(d, nested: false);
            return;
        }
        var left = SourceFinder.Left(_doc, cue.First, sentence.First, IsPerson);
        // A quote that closes a clause before the cue bounds the subject: take all of it ("“…,” former aide Jane Roe wrote").
        if (QuoteSubjectEnabled && QuoteSubject.Find(_doc, cue.First, sentence.First) is { } qs)
        {
            left = left is { } lp ? (qs.First < lp.First ? lp with { First = qs.First } : lp) : qs;
        }
        if (left is null)
        {
            // "…, saying …" / "… and insisted …": the subject of the clause before.
            var shared = (cue.Flags & CueFlags.Participle) != 0 && inverted
                || before >= sentence.First && (_doc.WordIs(before, "and") || _doc.WordIs(before, "but"));
            if (!shared || Drafts.Count <= firstInSentence)
            {
                if (FallbackEnabled && VerbPosition(cue, sentence) && ClauseSubject(cue.First, sentence) is { } subject)
                {
                    var f = NewDraft(cue, s, subject);
                    AddRightContent(f, cue, sentence);
                    Commit(f, nested: Drafts.Count > 0 && Drafts[^1].Overlaps(_doc.Tokens[cue.First].Span()));
                }
                return;
            }
            var prev = Drafts[^1];
            var d = new Draft { Cue = CueSpan(cue), Sentence = s, Belief = cue.IsBelief, Source = prev.Source, Speaker = prev.Speaker, How = prev.How };
            AddRightContent(d, cue, sentence);
            Commit(d, nested: false);
            return;
        }
        // "Roe issued a statement saying …": the document is the object of the verb; its subject speaks.
        if ((cue.Flags & CueFlags.Participle) != 0 && IsIssuedDocument(left.Value, sentence) && ClauseSubject(left.Value.First, sentence) is { } issuer)
        {
            left = issuer with { Last = left.Value.Last };
        }
        var l = ExtendToQuote(left.Value, sentence);
        var draft = NewDraft(cue, s, l);
        var sep = l.First - 1;
        var sepIsQuote = sep >= sentence.First && _doc.Tokens[sep].Kind == TokenKind.QuoteClose && !(QuoteSubject.IsTitle(_doc, sep) && OpensAdverbial(sentence));
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
        else
        {
            // "Roe said:" ending its paragraph: the content is the quote that opens the next one.
            ColonToNextParagraph(draft, cue, sentence);
        }
        var nested = Drafts.Count > 0 && Drafts[^1].Overlaps(_doc.Tokens[cue.First].Span());
        Commit(draft, nested);
    }

    private static readonly System.Collections.Frozen.FrozenSet<string> IssuedDocuments = Lexicon.Set("""
        statement statements letter email emails message tweet note memo release video ad
        """);

    private bool IsIssuedDocument(SourcePhrase p, Sentence sentence) =>
        Lexicon.Has(IssuedDocuments, _doc.Word(p.NameLast - 1)) && p.First > sentence.First
        && _doc.Tokens[p.First - 1].Kind == TokenKind.Word && !_doc.Tokens[p.First - 1].Capitalized
        && _doc.Word(p.First - 1) is var v && v.EndsWith("ed", StringComparison.Ordinal);

    /// <summary>"Jane Roe, a voter, said she wanted …": a pronoun after the cue that goes on into a clause is the
    /// subject of the reported speech, not an inverted source ("“…,” said she.").</summary>
    private bool PronounOpensClause(SourcePhrase right, Sentence sentence) =>
        right.Last - right.First == 1 && Lexicon.IsSubjectPronoun(_doc.Word(right.First), out _)
        && right.Last < sentence.Last && _doc.Tokens[right.Last].Kind == TokenKind.Word;

    /// <summary>"“…,” Democratic candidate Jane Roe said": words the phrase finder stopped at still belong to the
    /// source when a closing quote comes right before them, so the quote stays the content.</summary>
    private SourcePhrase ExtendToQuote(SourcePhrase l, Sentence sentence)
    {
        for (var k = l.First - 1; k >= sentence.First && l.First - k <= 4; k--)
        {
            var tok = _doc.Tokens[k];
            if (tok.Kind == TokenKind.QuoteClose)
            {
                return k + 1 == l.First ? l : l with { First = k + 1 };
            }
            if (tok.Kind != TokenKind.Word || tok.InQuote || Lexicon.CueOf(_doc.Word(k)) != CueFlags.None || Lexicon.Has(NotSourceWords, _doc.Word(k)))
            {
                break;
            }
        }
        return l;
    }

    /// <summary>A short quote with no cue of its own, inside a clause: the clause subject said it.</summary>
    private Draft? EmbeddedQuote(Quotes.QuoteSpan quote)
    {
        var open = FirstTokenAtChar(quote.Start);
        if (open < 0)
        {
            return null;
        }
        var sentence = _doc.Sentences[_sentenceOfToken[open]];
        if (ClauseSubject(open, sentence) is not { } subject)
        {
            return null;
        }
        var (actor, how) = _resolver.Resolve(subject, null);
        var d = new Draft
        {
            Sentence = _sentenceOfToken[open],
            Source = new TextSpan(_doc.Tokens[subject.First].Start, _doc.Tokens[subject.Last - 1].End),
            Speaker = actor,
            How = how,
        };
        d.Content.Add(quote.Span);
        return d;
    }

    private int FirstTokenAtChar(int position)
    {
        var lo = 0;
        var hi = _doc.Tokens.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_doc.Tokens[mid].Start < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return _doc.Tokens.Count > 0 && _doc.Tokens[lo].Start == position ? lo : -1;
    }

    internal static bool FallbackEnabled { get; set; } = true;

    internal static bool QuoteSubjectEnabled { get; set; } = true;

    /// <summary>"Trump, in Kentucky, said Tuesday …", "Dean Roe, 55, a salesman from X, Y, says …": when no phrase
    /// stands right before the cue, the subject is the first actor or pronoun of the clause.</summary>
    private SourcePhrase? ClauseSubject(int cue, Sentence sentence)
    {
        var start = SubjectSearchStart(cue, sentence);
        return SubjectBetween(start, cue) ?? (start > sentence.First ? SubjectBetween(sentence.First, start) : null);
    }

    private SourcePhrase? SubjectBetween(int from, int cue)
    {
        for (var t = from; t < cue; t++)
        {
            var tok = _doc.Tokens[t];
            if (tok.InQuote || tok.Kind != TokenKind.Word)
            {
                continue;
            }
            // "It was three years ago that …" is no speaker.
            if (Lexicon.IsSubjectPronoun(_doc.Word(t), out _) && !_doc.WordIs(t, "who")
                && !(_doc.WordIs(t, "it") && (_doc.WordIs(t + 1, "was") || _doc.WordIs(t + 1, "is") || _doc.WordIs(t + 1, "would"))))
            {
                return new SourcePhrase(t, t + 1, t, t + 1, false);
            }
            if (_actors.TokenActor[t] >= 0 && _actors.Actors[_actors.TokenActor[t]].Kind != ActorKind.Place)
            {
                var first = _actors.RunStart[t];
                var last = _actors.RunEnd[t];
                return new SourcePhrase(first, last, first, last, false);
            }
        }
        return null;
    }

    /// <summary>"As Roe spoke, the group said …", "In a poll, 75 percent of voters said …": a leading adverbial clause
    /// holds no subject, so the search starts after its comma.</summary>
    private int SubjectSearchStart(int cue, Sentence sentence)
    {
        var first = sentence.First;
        if (_doc.WordIs(first, "and") || _doc.WordIs(first, "but"))
        {
            first++;
        }
        if (first >= cue || !Lexicon.Has(ClauseOpeners, _doc.Word(first)))
        {
            return sentence.First;
        }
        for (var t = first + 1; t < cue; t++)
        {
            // A quoted title may carry the comma inside its marks: "On “Face the Nation,” Roe said".
            if (_doc.IsChar(t, ',') && !_doc.Tokens[t].InQuote
                || _doc.Tokens[t].Kind == TokenKind.QuoteClose && _doc.IsChar(t - 1, ','))
            {
                return t + 1;
            }
        }
        return sentence.First;
    }

    /// <summary>"Sunday on …", "In an interview with …", "Speaking on …": the sentence opens with an adverbial, so a
    /// title quote in it is no content.</summary>
    private bool OpensAdverbial(Sentence sentence)
    {
        var w = _doc.Word(sentence.First);
        return Lexicon.Has(ClauseOpeners, w) || Lexicon.IsTimeWord(w) || w.EndsWith("ing", StringComparison.Ordinal) && _doc.Tokens[sentence.First].Capitalized;
    }

    private static readonly System.Collections.Frozen.FrozenSet<string> ClauseOpeners = Lexicon.Set("""
        as while when after before although though if because since once even until unless whereas in on at during
        for with without by from despite amid over under like unlike speaking asked
        """);

    /// <summary>Whether a cue without a phrase right before it is in verb position. Cue words that are also common
    /// nouns ("states", "attacks", "comments") and words after determiners or prepositions ("his remarks",
    /// "of questions") are nouns far more often than verbs there.</summary>
    private bool VerbPosition(Cue cue, Sentence sentence)
    {
        if (Lexicon.Has(NounLikeCues, _doc.Word(cue.First)))
        {
            return false;
        }
        var t = cue.First - 1;
        if (t < sentence.First)
        {
            return false;
        }
        var tok = _doc.Tokens[t];
        if (tok.Kind == TokenKind.Number)
        {
            return false;
        }
        var w = _doc.Word(t);
        return tok.Kind != TokenKind.Word || !(Lexicon.Has(NounContext, w) || w.EndsWith("'s", StringComparison.OrdinalIgnoreCase)
            || w.EndsWith("\u2019s", StringComparison.OrdinalIgnoreCase));
    }

    private static readonly System.Collections.Frozen.FrozenSet<string> NounLikeCues = Lexicon.Set("""
        states attacks questions comments remarks rates rating views terms reports charges calls promises claims
        pledged compared backing supporting opposing seeking plans reporting rates posts answers signals estimates
        """);

    private static readonly System.Collections.Frozen.FrozenSet<string> NounContext = Lexicon.Set("""
        the a an his her their its our my your this these those of in for on at by from with to about into over
        some many several all any no each every other own two three four five six seven eight nine ten both few
        recent interest terrorist swing first percent
        """);

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
            Participle = (cue.Flags & CueFlags.Participle) != 0,
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
        if (t + 1 >= _doc.Tokens.Count || !(_doc.IsChar(t, ',') || _doc.IsChar(t, '.') || _doc.IsChar(t, ':'))
            || _doc.IsChar(t, ',') && _doc.Tokens[t + 1].Kind != TokenKind.QuoteOpen)
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

    /// <summary>Whether a nested cue whose content lies inside the statement around it is dropped.</summary>
    internal static bool DropContainedNested { get; set; } = true;

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
        // "… reacted to the news, saying: “…”": the participle cue owns what follows; the verb before it has no content.
        if (StartsParticipleCue(start))
        {
            return;
        }
        var end = ContentFinder.EndFrom(_doc, start, sentence, _cues);
        if (end < start || ContentFinder.IsTrailing(_doc, start) && end == start)
        {
            return;
        }
        d.Content.Add(new TextSpan(_doc.Tokens[start].Start, _doc.Tokens[end].End));
    }

    private bool StartsParticipleCue(int token)
    {
        foreach (var c in _cues)
        {
            if (c.First == token && (c.Flags & CueFlags.Participle) != 0)
            {
                return true;
            }
        }
        return false;
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
        // "Roe says he believes the plan is “dead”": annotators keep one attribution, the outer one; a second cue whose
        // whole content lies inside it only duplicates it. "…, saying “…”" participles stay: they add a statement.
        if (nested && DropContainedNested && !d.Participle && Drafts[^1].Contains(d))
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
