using Briefing.Core.Watchlists;

namespace Briefing.Core.Positions.Learned;

/// <summary>What decided a stance: the cue analysis alone, the topic's head trained on labelled examples, the
/// general evaluative reading of the statement against the topic's proposition, or the learned sentiment prior read
/// against it (<see cref="SentimentStance"/>).</summary>
public enum StanceBasis { Cues, Examples, Evaluation, Sentiment }

/// <summary>One statement's stance on one topic. <see cref="Addressed"/> false: the statement is not about the topic
/// ("none"). <see cref="Prior"/> is the cue analysis (always computed, for the explanation);
/// <see cref="Nearest"/> the labelled examples closest to the statement that agree with the decision;
/// <see cref="Match"/> the topic's keywords in the statement (null when found by meaning or not at all);
/// <see cref="Sentiment"/> and <see cref="Polarity"/> what the sentiment prior read and the proposition's polarity.</summary>
public sealed record StanceOutcome(
    string Topic,
    bool Addressed,
    Stance Stance,
    double Confidence,
    StanceBasis Basis,
    StanceJudgement Prior,
    IReadOnlyList<TopicExample> Nearest,
    TopicMatch? Match = null,
    SentimentReading? Sentiment = null,
    int Polarity = 1)
{
    /// <summary>One line for the evidence view: "cue: rejects" or "nearest labelled examples: “…”; “…”".</summary>
    public string Why
    {
        get
        {
            var cues = Prior.Cues.Count == 0 ? null : "cue: " + string.Join(", ", Prior.Cues.Select(c => (c.Negated ? "not " : "") + c.Text));
            if (Basis == StanceBasis.Examples && Nearest.Count > 0)
            {
                var near = NearestText;
                return cues is null ? near : near + " · " + cues;
            }
            if (Basis == StanceBasis.Sentiment && Sentiment is not null)
            {
                var read = SentimentStance.Explain(Sentiment, Polarity);
                if (Nearest.Count > 0) read += " · " + NearestText;
                return cues is null ? read : read + " · " + cues;
            }
            if (Basis == StanceBasis.Evaluation) return cues is null ? "evaluation of the proposition" : "evaluation · " + cues;
            return cues ?? "no cue";
        }
    }

    /// <summary>The statement's cosine to the topic's proposition (0 without vectors): how near in meaning it is.</summary>
    public double Relevance { get; init; }

    private string NearestText => "nearest labelled examples: " + string.Join("; ", Nearest.Select(e => "“" + PositionSummary.Excerpt(e.Text) + "”"));
}
