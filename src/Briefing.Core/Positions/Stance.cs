using System.Text.Json.Serialization;
using Briefing.Core.Extraction;

namespace Briefing.Core.Positions;

/// <summary>An actor's stance toward a topic's proposition (the topic description, e.g. "Veltria joins the Northern Pact").
/// Unclear is an honest answer: the text does not show a stance. In JSON it is its wire name ("supports", …).</summary>
[JsonConverter(typeof(StanceJsonConverter))]
public enum Stance { Supports, Opposes, Mixed, Unclear }

/// <summary>What a cue word does in a statement.</summary>
public enum CueRole
{
    /// <summary>Speaker approves of what follows ("support", "must", "vital", "interested in").</summary>
    Support,
    /// <summary>Speaker disapproves or denies ("reject", "oppose", "false", "unlikely").</summary>
    Oppose,
    /// <summary>Flips the next cue or topic phrase ("not", "won’t", "never").</summary>
    Negation,
    /// <summary>Weakens confidence ("could", "may", "perhaps").</summary>
    Hedge,
    /// <summary>A phrase asserting the proposition itself ("retake", "restore", "enduring").</summary>
    PropositionFor,
    /// <summary>A phrase asserting its opposite ("cede", "give up").</summary>
    PropositionAgainst,
}

/// <summary>A word or phrase of the statement that justifies a stance. <see cref="Negated"/>: a negation flipped it.</summary>
public sealed record StanceCue(string Text, TextSpan Span, CueRole Role, bool Negated = false);

/// <summary>The stance of one statement toward one topic, with confidence in [0, 1] (0 when Unclear) and the cues
/// that justify it. <see cref="Focus"/> is the part of the statement the decision rests on (for a summary).</summary>
public sealed record StanceJudgement(Stance Stance, double Confidence, IReadOnlyList<StanceCue> Cues, TextSpan? Focus)
{
    public static readonly StanceJudgement Unclear = new(Stance.Unclear, 0, [], null);

    public bool IsDefinite => Stance is not Stance.Unclear;
}
