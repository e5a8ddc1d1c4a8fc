using Briefing.Data.Actors;
using Briefing.Data.Statements;

namespace Briefing.Web.Api;

/// <summary>Read endpoints for actors and statements; open by default.</summary>
public static class ReadApi
{
    public static RouteGroupBuilder MapReadApi(this RouteGroupBuilder api)
    {
        api.MapGet("/actors", (HttpContext http, ActorStore actors, int? limit, int? offset) =>
            Page.TryRead(limit, offset, 500, out var page, out var problem) ? page.Ok(http, actors.List(page.Limit, page.Offset)) : problem);
        api.MapGet("/actors/{id}", (string id, ActorStore actors) =>
            actors.Find(id) is { } actor ? Results.Ok(actor) : NoActor(id));
        api.MapGet("/statements", (HttpContext http, string? actor, string? q, int? limit, int? offset, string? after, ActorStore actors, StatementStore statements) =>
        {
            string? actorId = null;
            if (!string.IsNullOrWhiteSpace(actor))
            {
                actorId = actors.Find(actor.Trim())?.Id;
                if (actorId is null) return NoActor(actor);
            }
            if (!Page.TryRead(limit, offset, 50, out var page, out var problem, after)) return problem;
            return page.Ok(http, statements.Query(new StatementQuery(actorId, q, Limit: page.Limit, Offset: page.Offset, After: page.After)),
                StatementQuery.CursorOf);
        });
        return api;
    }

    private static IResult NoActor(string idOrName) =>
        Results.Problem($"No actor with id, name or alias '{idOrName}'.", statusCode: StatusCodes.Status404NotFound, title: "Not found");
}
