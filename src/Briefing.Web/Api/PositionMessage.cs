using Briefing.Core.Positions;
using Briefing.Data.Positions;

namespace Briefing.Web.Api;

/// <summary>The public position shape (stances as wire names, the same in JSON and MessagePack) of GET /api/positions and the hub's PositionChanged:
/// {"actor": {"id", "name"}, "topic": {"id", "name"}, "stance", "confidence", "summary", "lastSeen",
///  "evidence": [{"statementId", "text", "articleId", "stance"}], ...} — extra fields are additive.</summary>
public sealed record PositionMessage(
    Briefing.Data.Actors.ActorRef Actor,
    Briefing.Data.Topics.TopicRef Topic,
    string Stance,
    double Confidence,
    string Summary,
    DateTimeOffset LastSeen,
    DateTimeOffset FirstSeen,
    DateTimeOffset? ShiftedAt,
    string? ShiftedFrom,
    bool Shift,
    IReadOnlyList<EvidenceMessage> Evidence)
{
    public static PositionMessage From(PositionView view, bool shift = false) => new(
        view.Actor, view.Topic, StanceNames.Of(view.Stance), Math.Round(view.Confidence, 3), view.Summary, view.LastSeen, view.FirstSeen,
        view.ShiftedAt, view.ShiftedFrom is { } from ? StanceNames.Of(from) : null, shift,
        view.Evidence.Select(e => new EvidenceMessage(e.StatementId, e.Text, e.ArticleId, StanceNames.Of(e.Stance), Math.Round(e.Confidence, 3), e.SeenAt, e.Keywords, e.Cues)).ToList());
}

public sealed record EvidenceMessage(
    string StatementId, string Text, string ArticleId, string Stance, double Confidence, DateTimeOffset SeenAt,
    IReadOnlyList<string> Keywords, IReadOnlyList<string> Cues);
