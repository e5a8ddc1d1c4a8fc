using Briefing.Data.Actors;
using Briefing.Data.Positions;
using Briefing.Data.Topics;
using Briefing.Web.Positions;

namespace Briefing.Web.Api;

/// <summary>Positions (actor × topic) and the topics behind them.</summary>
public static class PositionsApi
{
    private static readonly IReadOnlyList<string> Stances = Briefing.Core.Positions.StanceNames.All;

    public static RouteGroupBuilder MapPositionsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/positions", (string[]? actor, string[]? topic, string? stance, DateTimeOffset? since,
            ActorStore actors, TopicStore topics, PositionStore positions) =>
        {
            var actorIds = new List<string>();
            foreach (var name in actor ?? [])
            {
                if (actors.Find(name.Trim()) is not { } found) return NotFound($"No actor with id, name or alias '{name}'.");
                actorIds.Add(found.Id);
            }
            var topicIds = new List<string>();
            foreach (var name in topic ?? [])
            {
                if (topics.Find(name) is not { } found) return NotFound($"No topic with id or name '{name}'.");
                topicIds.Add(found.Id);
            }
            if (stance is not null && !Stances.Contains(stance.ToLowerInvariant()))
                return Results.Problem($"\"stance\" must be one of {string.Join(", ", Stances)}.", statusCode: 400, title: "Invalid query");
            var matching = positions.Query(new PositionQuery(actorIds, topicIds, stance?.ToLowerInvariant(), since));
            return Results.Ok(matching.Select(p => PositionMessage.From(p)));
        });

        api.MapGet("/topics", (TopicStore topics) => Results.Ok(topics.List()));
        api.MapPost("/topics", async (TopicRequest request, TopicEditor editor) =>
            request.Validate() is { } error
                ? Invalid(error)
                : Results.Created($"/api/topics/{await editor.SaveAsync(null, request.ToWatched())}", null))
            .AddEndpointFilter<RequireApiKey>();
        api.MapPut("/topics/{id}", async (string id, TopicRequest request, TopicStore topics, TopicEditor editor) =>
        {
            if (topics.Find(id) is null) return NotFound($"No topic with id '{id}'.");
            if (request.Validate() is { } error) return Invalid(error);
            await editor.SaveAsync(id, request.ToWatched());
            return Results.NoContent();
        }).AddEndpointFilter<RequireApiKey>();
        api.MapDelete("/topics/{id}", async (string id, TopicStore topics, TopicEditor editor) =>
        {
            if (topics.Find(id) is null) return NotFound($"No topic with id '{id}'.");
            await editor.DeleteAsync(id);
            return Results.NoContent();
        }).AddEndpointFilter<RequireApiKey>();
        return api;
    }

    private static IResult NotFound(string detail) => Results.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    private static IResult Invalid(string detail) => Results.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Invalid topic");
}
