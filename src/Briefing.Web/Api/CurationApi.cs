using Briefing.Data.Actors;
using Briefing.Data.Curation;
using Briefing.Web.Curation;

namespace Briefing.Web.Api;

/// <summary>Corrections: POST /api/statements/{id}/reject and PUT /api/statements/{id}/speaker (both need a key).</summary>
public static class CurationApi
{
    private const int MaxNote = 2_000;

    public sealed record RejectRequest(string? Note);

    public sealed record SpeakerRequest(string? Actor);

    public static RouteGroupBuilder MapCurationApi(this RouteGroupBuilder api)
    {
        api.MapPost("/statements/{id}/reject", async (string id, RejectRequest? request, Curator curator, HttpContext http) =>
            request?.Note is { Length: > MaxNote }
                ? Results.ValidationProblem(new Dictionary<string, string[]> { ["note"] = [$"\"note\" is longer than {MaxNote} characters."] },
                    title: "Invalid correction")
                : await curator.RejectAsync(id, CuratedBy(http), request?.Note)
                    ? Results.NoContent()
                    : Results.Problem($"No live statement with id '{id}'.", statusCode: StatusCodes.Status404NotFound, title: "Not found"))
            .AddEndpointFilter<RequireApiKey>().RequireRateLimiting(ApiRateLimits.Edits);

        api.MapPut("/statements/{id}/speaker", async (string id, SpeakerRequest request, ActorStore actors, Curator curator, HttpContext http) =>
        {
            if (string.IsNullOrWhiteSpace(request.Actor))
                return Results.Problem("\"actor\" (an id, name or alias) is required.", statusCode: 400, title: "Invalid correction");
            if (actors.Find(request.Actor.Trim()) is not { } actor)
                return Results.Problem($"No actor with id, name or alias '{request.Actor}'.", statusCode: 404, title: "Not found");
            return await curator.ReassignAsync(id, actor.Id, CuratedBy(http)) is { } statement
                ? Results.Ok(statement)
                : Results.Problem($"No live statement with id '{id}'.", statusCode: 404, title: "Not found");
        }).AddEndpointFilter<RequireApiKey>().RequireRateLimiting(ApiRateLimits.Edits);

        api.MapGet("/statements/{id}/curations", (HttpContext http, string id, int? limit, int? offset, CurationStore curations) =>
            Page.TryRead(limit, offset, 500, out var page, out var problem) ? page.OkFrom(http, curations.History(id)) : problem);
        return api;
    }

    /// <summary>Corrections are recorded under the name of the key that made them.</summary>
    private static string CuratedBy(HttpContext http) =>
        http.RequestServices.GetRequiredService<ApiKeys>().NameOf(http.Request.Headers[RequireApiKey.Header].ToString()) ?? "api";
}
