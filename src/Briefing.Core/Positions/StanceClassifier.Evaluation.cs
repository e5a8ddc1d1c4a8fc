using Briefing.Core.Extraction;
using Briefing.Core.Positions.Text;

namespace Briefing.Core.Positions;

/// <summary>How one group of clauses votes: negations are attached to what they flip, the cues are tallied into a
/// sign and a strength, and the cues used become the vote's evidence, with the span it is about.</summary>
public sealed partial class StanceClassifier
{
    private static void Evaluate(string text, Token[] tokens, List<Cue> cues, List<(int First, int Last)> hits,
        Clause[] scope, List<Vote> votes)
    {
        var inScope = CuesIn(scope, cues);
        var negations = AttachNegations(inScope, hits, scope);
        if (Judge(text, tokens, inScope, negations) is not { } judgement)
        {
            return;
        }
        var (evidence, focus) = EvidenceAndFocus(text, tokens, hits, scope, inScope, negations.Negated, judgement.Used);
        votes.Add(new Vote(judgement.Sign, judgement.Strength, evidence, focus));
    }

    private static List<Cue> CuesIn(Clause[] scope, List<Cue> cues)
    {
        var inScope = new List<Cue>();
        foreach (var c in cues)
            foreach (var clause in scope)
                if (c.First >= clause.First && c.Last <= clause.Last) { inScope.Add(c); break; }
        return inScope;
    }

    /// <summary>Which cues a negation flips, which negations flipped something, and the topic phrases negated.</summary>
    private sealed record Negations(bool[] Negated, bool[] UsedNegator, List<(int First, int Last)> NegatedHits);

    /// <summary>Attaches each negation to the next cue or topic phrase in its clause, within five words; a negation
    /// with nothing to flip is ignored.</summary>
    private static Negations AttachNegations(List<Cue> inScope, List<(int First, int Last)> hits, Clause[] scope)
    {
        var negated = new bool[inScope.Count];
        var usedNegator = new bool[inScope.Count];
        var negatedHits = new List<(int First, int Last)>();
        for (var i = 0; i < inScope.Count; i++)
        {
            if (inScope[i].Class != CueClass.Negator) continue;
            var clause = ClauseOf(scope, inScope[i].First);
            var limit = Math.Min(inScope[i].Last + NegationWindow, clause.Last);
            var targetCue = -1;
            for (var j = i + 1; j < inScope.Count; j++)
            {
                if (inScope[j].First > limit) break;
                if (inScope[j].Class is CueClass.Negator or CueClass.Hedge) continue;
                targetCue = j;
                break;
            }
            var targetHit = -1;
            for (var h = 0; h < hits.Count; h++)
                if (hits[h].First > inScope[i].Last && hits[h].First <= limit &&
                    (targetHit < 0 || hits[h].First < hits[targetHit].First)) targetHit = h;
            if (targetHit >= 0 && (targetCue < 0 || hits[targetHit].First < inScope[targetCue].First))
            {
                negatedHits.Add(hits[targetHit]);
                usedNegator[i] = true;
            }
            else if (targetCue >= 0)
            {
                negated[targetCue] = !negated[targetCue];
                usedNegator[i] = true;
            }
        }
        return new Negations(negated, usedNegator, negatedHits);
    }

    /// <summary>The clauses' stance: +1, −1, or 0 when their content pulls both ways (mixed); its strength; the cues
    /// it rests on (indices into the cues in scope).</summary>
    private readonly record struct Judgement(int Sign, double Strength, List<int> Used);

    /// <summary>The product of the evaluative predicates' signs times the sign of the content, or null when the clauses
    /// hold neither.</summary>
    private static Judgement? Judge(string text, Token[] tokens, List<Cue> inScope, Negations negations)
    {
        var negated = negations.Negated;
        int predicateSign = 1, content = 0;
        bool anyPredicate = false, anyContent = false, hedged = false;
        double predicateStrength = 0, contentStrength = 0;
        var prevSign = 0;
        var prevLast = -1;
        var used = new List<int>();
        for (var i = 0; i < inScope.Count; i++)
        {
            var c = inScope[i];
            var flip = negated[i] ? -1 : 1;
            if (c.IsPredicate)
            {
                var sign = (c.Class == CueClass.Support ? 1 : -1) * flip;
                // "ahistorical and false" is one judgement, not a double negative.
                if (!(anyPredicate && sign == prevSign && OnlyCoordinators(text, tokens, prevLast + 1, c.First - 1)))
                    predicateSign *= sign;
                anyPredicate = true;
                prevSign = sign;
                prevLast = c.Last;
                predicateStrength = Math.Max(predicateStrength, c.Strength);
                hedged |= c.Hedged && !negated[i];
                used.Add(i);
            }
            else if (c.IsContent)
            {
                var sign = (c.Class == CueClass.ContentFor ? 1 : -1) * flip;
                content += sign;
                anyContent = true;
                contentStrength = Math.Max(contentStrength, c.Strength);
                used.Add(i);
            }
            else if (c.Class == CueClass.Hedge)
            {
                hedged = true;
                used.Add(i);
            }
            else if (negations.UsedNegator[i])
            {
                used.Add(i);
                contentStrength = Math.Max(contentStrength, c.Strength);
            }
        }
        // A negated topic phrase ("will not join the pact") is content against the proposition.
        content -= negations.NegatedHits.Count;
        anyContent |= negations.NegatedHits.Count > 0;
        if (!anyPredicate && !anyContent) return null;

        int signOut;
        if (anyContent && content == 0) signOut = 0; // content pulls both ways: mixed
        else signOut = predicateSign * (content < 0 ? -1 : 1);
        var strength = anyPredicate ? predicateStrength + (anyContent ? 0.05 : 0) : contentStrength;
        if (anyPredicate && negations.NegatedHits.Count > 0) strength = Math.Max(strength, 0.75);
        if (hedged) strength *= HedgeFactor;
        strength = Math.Min(0.95, strength);
        return new Judgement(signOut, strength, used);
    }

    /// <summary>The cues used, as evidence, and the span the vote is about: from the first cue or topic phrase to the
    /// end of the clause of the last, so a summary reads as a phrase.</summary>
    private static (List<StanceCue> Evidence, TextSpan Focus) EvidenceAndFocus(string text, Token[] tokens,
        List<(int First, int Last)> hits, Clause[] scope, List<Cue> inScope, bool[] negated, List<int> used)
    {
        var evidence = new List<StanceCue>(used.Count);
        int focusStart = int.MaxValue, focusEnd = 0;
        foreach (var i in used)
        {
            var c = inScope[i];
            var span = new TextSpan(tokens[c.First].Start, tokens[c.Last].End);
            evidence.Add(new StanceCue(span.Of(text), span, RoleOf(c), negated[i]));
            if (c.Class != CueClass.Hedge) { focusStart = Math.Min(focusStart, span.Start); focusEnd = Math.Max(focusEnd, span.End); }
        }
        foreach (var (first, last) in hits)
            if (InScope(scope, first))
            {
                focusStart = Math.Min(focusStart, tokens[first].Start);
                focusEnd = Math.Max(focusEnd, tokens[last].End);
            }
        if (focusStart == int.MaxValue) focusStart = tokens[scope[0].First].Start;
        // Stretch the focus to the end of its clause, so a summary reads as a phrase.
        foreach (var clause in scope)
            if (tokens[clause.First].Start <= focusEnd && tokens[clause.Last].End >= focusEnd) focusEnd = tokens[clause.Last].End;
        return (evidence, new TextSpan(focusStart, Math.Max(focusStart, focusEnd)));
    }
}
