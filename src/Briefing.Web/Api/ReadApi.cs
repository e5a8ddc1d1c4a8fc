using Briefing.Data.Actors;
using Briefing.Data.Statements;

namespace Briefing.Web.Api;

/// <summary>Read endpoints for actors and statements; open by default.</summary>
public static class ReadApi
{
    public static RouteGroupBuilder MapReadApi(this RouteGroupBuilder api)
    {
        api.MapGet("/actors", (ActorStore actors) => Results.Ok(actors.List()));
        api.MapGet("/actors/{id}", (string id, ActorStore actors) =>
            actors.Find(id) is { } actor ? Results.Ok(actor) : NoActor(id));
        api.MapGet("/statements", (string? actor, string? q, int? limit, ActorStore actors, StatementStore statements) =>
        {
            string? actorId = null;
            if (!string.IsNullOrWhiteSpace(actor))
            {
                actorId = actors.Find(actor.Trim())?.Id;
                if (actorId is null) return NoActor(actor);
            }
            if (limit is < 1 or > 1000)
                return Results.Problem("\"limit\" must be between 1 and 1000.", statusCode: StatusCodes.Status400BadRequest, title: "Invalid query");
            return Results.Ok(statements.Query(new StatementQuery(actorId, q, Limit: limit ?? 50)));
        });
        return api;
    }

    private static IResult NoActor(string idOrName) =>
        Results.Problem($"No actor with id, name or alias '{idOrName}'.", statusCode: StatusCodes.Status404NotFound, title: "Not found");
}
