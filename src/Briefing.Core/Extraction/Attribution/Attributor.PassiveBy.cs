using Briefing.Core.Extraction.Cues;
using Briefing.Core.Extraction.Lexicons;
using Briefing.Core.Extraction.Text;

namespace Briefing.Core.Extraction.Attribution;

internal sealed partial class Attributor
{
    /// <summary>PassiveByAgent: "The plan was rejected by the council", "Roe is backed by a majority of members" — a
    /// passive cue verb with its agent after "by": the agent is the source, the passive subject (back to the clause
    /// boundary, or a relative "which"/"who" alone) the content. The cue finder skips passives, so nothing else reads
    /// them; "asked" has its own rule (PassiveAsked).</summary>
    private void PassiveByAgent(int s, Sentence sentence)
    {
        for (var t = sentence.First + 1; t + 2 < sentence.Last; t++)
        {
            // Cheapest test first: this runs on every token, and "by" is two letters.
            if (_doc.Tokens[t + 1].Length != 2 || !_doc.WordIs(t + 1, "by"))
            {
                continue;
            }
            var tok = _doc.Tokens[t];
            if (tok.Kind != TokenKind.Word || tok.InQuote || tok.Capitalized || _doc.WordIs(t, "asked") || _doc.WordIs(t, "pressed")
                || !IsPassiveCue(_doc.Word(t)))
            {
                continue;
            }
            var aux = t - 1;
            while (aux > sentence.First && t - aux <= 2 && Lexicon.IsVerbAdverb(_doc.Word(aux)))
            {
                aux--;
            }
            if (!Lexicon.Has(PassiveBe, _doc.Word(aux)) || AgentAfterBy(t + 1, sentence) is not { } agent || !ClosesAgent(agent.Last, sentence))
            {
                continue;
            }
            // "has been rebuked by", "would be criticized by": the subject stands before the whole verb group.
            var group = aux;
            while (group - 1 >= sentence.First && aux - group < 3 && (Lexicon.IsAuxiliary(_doc.Word(group - 1)) || Lexicon.Has(Perfect, _doc.Word(group - 1))
                   || _doc.WordIs(group - 1, "not") || Lexicon.IsVerbAdverb(_doc.Word(group - 1))))
            {
                group--;
            }
            // "is going to be criticized by": no subject within reach.
            if (group - 1 >= sentence.First && _doc.WordIs(group - 1, "to") || PassiveSubject(group, sentence) is not { } subject)
            {
                continue;
            }
            var (actor, how) = _resolver.Resolve(agent, LastDraft);
            var d = new Draft
            {
                Cue = new TextSpan(_doc.Tokens[aux].Start, _doc.Tokens[t + 1].End),
                Sentence = s,
                Source = _doc.SpanOf(agent.First, agent.Last),
                Speaker = actor,
                How = how,
            };
            d.Content.Add(new TextSpan(_doc.Tokens[subject.First].Start, _doc.Tokens[subject.Last - 1].End));
            Commit(d, nested: Drafts.Count > 0 && Drafts[^1].Overlaps(_doc.Tokens[t].Span()));
        }
    }

    /// <summary>PassiveByAgent, reduced: "a practice criticized by Poe", "The bill, opposed by the council, failed" — a
    /// past participle right before "by" and a named agent (not "by saying", "by 9 points") is a passive without its
    /// auxiliary: the agent speaks, the phrase before the participle is the content.</summary>
    private bool ReducedPassive(Cue cue, int s, Sentence sentence)
    {
        var by = cue.Last;
        if ((cue.Flags & CueFlags.Past) == 0 || cue.Last - cue.First != 1 || by + 1 >= sentence.Last || !_doc.WordIs(by, "by")
            || _doc.Tokens[by + 1].Kind != TokenKind.Word || _doc.Word(by + 1).EndsWith("ing", StringComparison.OrdinalIgnoreCase)
            || AgentAfterBy(by, sentence) is not { } agent || !ClosesAgent(agent.Last, sentence))
        {
            return false;
        }
        var end = cue.First;
        if (end - 1 >= sentence.First && _doc.IsChar(end - 1, ','))
        {
            end--;
        }
        var first = end;
        while (first - 1 >= sentence.First && end - first < 6 && _doc.Tokens[first - 1].Kind == TokenKind.Word && !_doc.Tokens[first - 1].InQuote)
        {
            var w = _doc.Word(first - 1);
            if (Lexicon.Has(ClauseBoundaries, w) || Lexicon.IsAuxiliary(w) || Lexicon.Has(PassiveBe, w) || Lexicon.Has(Perfect, w) || Lexicon.CueOf(w) != CueFlags.None)
            {
                break;
            }
            first--;
        }
        if (first == end)
        {
            return false;
        }
        var (actor, how) = _resolver.Resolve(agent, LastDraft);
        var d = new Draft
        {
            Cue = new TextSpan(_doc.Tokens[cue.First].Start, _doc.Tokens[by].End),
            Sentence = s,
            Belief = cue.IsBelief,
            Source = _doc.SpanOf(agent.First, agent.Last),
            Speaker = actor,
            How = how,
        };
        d.Content.Add(new TextSpan(_doc.Tokens[first].Start, _doc.Tokens[end - 1].End));
        Commit(d, nested: Drafts.Count > 0 && Drafts[^1].Overlaps(_doc.Tokens[cue.First].Span()));
        return true;
    }

    /// <summary>The agent's phrase ends the clause: punctuation, the sentence end, or a phrase of time or place.</summary>
    private bool ClosesAgent(int end, Sentence sentence)
    {
        if (end >= sentence.Last || _doc.Tokens[end].Kind is TokenKind.Punct)
        {
            return true;
        }
        var w = _doc.Word(end);
        return _doc.Tokens[end].Kind == TokenKind.Word && (Lexicon.IsTimeWord(w) || Lexicon.Has(AgentClosers, w));
    }

    private static readonly Lexicons.WordSet AgentClosers = Lexicon.Set("on in at during for after before over last this to and as who that with from");

    /// <summary>A past participle of a speech or stance cue ("criticized", "rejected", "endorsed", "echoed").</summary>
    private static bool IsPassiveCue(ReadOnlySpan<char> w)
    {
        var flags = Lexicon.CueOf(w);
        if (flags == CueFlags.None)
        {
            flags = Lexicon.MoreCueOf(w);
        }
        return (flags & CueFlags.Past) != 0 && (flags & (CueFlags.Speech | CueFlags.Belief)) != 0;
    }

    /// <summary>The subject of a passive whose auxiliary is at <paramref name="aux"/>: a relative pronoun with the few
    /// words of its antecedent, else the words back to the clause boundary (at most ten, no quote).</summary>
    private (int First, int Last)? PassiveSubject(int aux, Sentence sentence)
    {
        var last = aux;
        if (last - 1 < sentence.First || _doc.Tokens[last - 1].Kind != TokenKind.Word || _doc.Tokens[last - 1].InQuote)
        {
            return null;
        }
        var w = _doc.Word(last - 1);
        // "a policy which was echoed by …", "Roe, who was criticized by …": the antecedent and the relative pronoun.
        if (w.Equals("which", StringComparison.OrdinalIgnoreCase) || w.Equals("who", StringComparison.OrdinalIgnoreCase) || w.Equals("that", StringComparison.OrdinalIgnoreCase))
        {
            var end = last - 1;
            if (end - 1 >= sentence.First && _doc.IsChar(end - 1, ','))
            {
                end--;
            }
            var start = end;
            while (start - 1 >= sentence.First && end - start < 5 && _doc.Tokens[start - 1].Kind == TokenKind.Word && !_doc.Tokens[start - 1].InQuote
                   && !Lexicon.Has(ClauseBoundaries, _doc.Word(start - 1)) && !Lexicon.IsAuxiliary(_doc.Word(start - 1)) && !Lexicon.Has(PassiveBe, _doc.Word(start - 1)))
            {
                start--;
            }
            return (start, last);
        }
        var first = last;
        while (first - 1 >= sentence.First && last - first < 10)
        {
            var prev = _doc.Tokens[first - 1];
            if (prev.InQuote || prev.Kind is not (TokenKind.Word or TokenKind.Number) || prev.Kind == TokenKind.Word && Lexicon.Has(ClauseBoundaries, _doc.Word(first - 1))
                || Lexicon.IsAuxiliary(_doc.Word(first - 1)) || Lexicon.Has(PassiveBe, _doc.Word(first - 1)) || Lexicon.Has(Perfect, _doc.Word(first - 1)))
            {
                break;
            }
            first--;
        }
        var stopped = first == sentence.First || _doc.Tokens[first - 1].Kind is TokenKind.Punct || _doc.Tokens[first - 1].Kind == TokenKind.Word && Lexicon.Has(ClauseBoundaries, _doc.Word(first - 1));
        return first < last && stopped ? (first, last) : null;
    }
}
