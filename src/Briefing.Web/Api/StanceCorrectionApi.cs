using Briefing.Core.Positions;
using Briefing.Data.Positions;
using Briefing.Data.Statements;
using Briefing.Data.Topics;
using Briefing.Web.Positions;

namespace Briefing.Web.Api;

/// <summary>PUT /api/statements/{id}/stance (key): "wrong stance". The statement becomes a labelled example of the
/// topic, the topic's head retrains and positions are recomputed and pushed (PositionChanged / rebuilt).</summary>
public static class StanceCorrectionApi
{
    public sealed record StanceRequest(string? Topic, string? Stance);

    public static RouteGroupBuilder MapStanceCorrectionApi(this RouteGroupBuilder api)
    {
        api.MapPut("/statements/{id}/stance", async (string id, StanceRequest request, StatementStore statements,
            TopicStore topics, PositionStore positions, TopicEditor editor) =>
        {
            if (string.IsNullOrWhiteSpace(request.Topic))
                return Invalid("\"topic\" (a topic id or name) is required.");
            var label = StanceNames.ParseLabel(request.Stance);
            if (label is null || label == Stance.Mixed)
                return Invalid("\"stance\" must be one of supports, opposes, none.");
            if (topics.Find(request.Topic) is not { } topic)
                return Results.Problem($"No topic with id or name '{request.Topic}'.", statusCode: 404, title: "Not found");
            if (statements.ByIds([id]).FirstOrDefault() is not { } statement)
                return Results.Problem($"No live statement with id '{id}'.", statusCode: 404, title: "Not found");

            await editor.CorrectStanceAsync(topic.Id, statement.Id, statement.Text, label == Stance.Unclear ? null : label);
            var position = statement.Speaker is { } speaker ? positions.Find(speaker.Id, topic.Id) : null;
            return Results.Ok(new
            {
                statementId = statement.Id,
                topic = new { topic.Id, topic.Name },
                stance = StanceNames.LabelOf(label.Value),
                position = position is null ? null : PositionMessage.From(position),
            });
        }).AddEndpointFilter<RequireApiKey>();
        return api;
    }

    private static IResult Invalid(string detail) => Results.Problem(detail, statusCode: 400, title: "Invalid correction");
}
