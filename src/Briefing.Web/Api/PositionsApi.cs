using Briefing.Core.Positions;
using Briefing.Data.Actors;
using Briefing.Data.Positions;
using Briefing.Data.Topics;
using Briefing.Web.Positions;

namespace Briefing.Web.Api;

/// <summary>Positions (actor × topic) and the topics behind them.</summary>
public static class PositionsApi
{

    public static RouteGroupBuilder MapPositionsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/positions", (HttpContext http, string[]? actor, string[]? topic, string? stance, DateTimeOffset? since,
            int? limit, int? offset, ActorStore actors, TopicStore topics, PositionStore positions) =>
        {
            if (!Page.TryRead(limit, offset, 500, out var page, out var problem)) return problem;
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
            var wanted = StanceNames.Parse(stance);
            if (stance is not null && wanted is null)
                return Results.Problem($"\"stance\" must be one of {string.Join(", ", StanceNames.All)}.", statusCode: 400, title: "Invalid query");
            var matching = positions.Query(new PositionQuery(actorIds, topicIds, wanted, since,
                Limit: page.Limit, Offset: page.Offset));
            return page.Ok(http, matching.Select(p => PositionMessage.From(p)).ToList());
        });

        api.MapGet("/topics", (HttpContext http, int? limit, int? offset, TopicStore topics) =>
            Page.TryRead(limit, offset, 500, out var page, out var problem) ? page.OkFrom(http, topics.List()) : problem);
        api.MapPost("/topics", async (TopicRequest request, TopicEditor editor) =>
        {
            var (id, rejected) = await SaveAsync(editor, null, request);
            return rejected ?? Results.Created($"/api/topics/{Uri.EscapeDataString(id!)}", null);
        }).AddEndpointFilter<RequireApiKey>().RequireRateLimiting(ApiRateLimits.Edits);
        api.MapPut("/topics/{id}", async (string id, TopicRequest request, TopicStore topics, TopicEditor editor) =>
        {
            if (topics.Find(id) is not { } existing) return NotFound($"No topic with id '{id}'.");
            return (await SaveAsync(editor, existing.Id, request)).Rejected ?? Results.NoContent();
        }).AddEndpointFilter<RequireApiKey>().RequireRateLimiting(ApiRateLimits.Edits);
        api.MapDelete("/topics/{id}", async (string id, TopicStore topics, TopicEditor editor) =>
        {
            if (topics.Find(id) is not { } existing) return NotFound($"No topic with id '{id}'.");
            await editor.DeleteAsync(existing.Id);
            return Results.NoContent();
        }).AddEndpointFilter<RequireApiKey>().RequireRateLimiting(ApiRateLimits.Edits);
        return api;
    }

    private static IResult NotFound(string detail) => Results.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    /// <summary>Validates in full, then saves; a refusal (nothing stored) is a 400 naming the field.</summary>
    private static async Task<(string? Id, IResult? Rejected)> SaveAsync(TopicEditor editor, string? id, TopicRequest request)
    {
        if (request.Check() is { } problem) return (null, Invalid(problem));
        try
        {
            return (await editor.SaveAsync(id, request.ToWatched()), null);
        }
        catch (TopicRejectedException rejected)
        {
            return (null, Invalid(rejected.Problem));
        }
    }

    private static IResult Invalid(TopicProblem problem) => Results.ValidationProblem(
        new Dictionary<string, string[]> { [problem.Field] = [problem.Message] }, problem.Message, title: "Invalid topic");
}
