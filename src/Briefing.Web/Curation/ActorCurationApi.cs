using Briefing.Web.Operations;
using Briefing.Data.Actors;
using Briefing.Data.Curation;
using Briefing.Web.Api;

namespace Briefing.Web.Curation;

/// <summary>Actor curation over HTTP (writes need a key; each is recorded under the key's name):
/// POST /api/actors/{id}/merge {"into"}, POST /api/actors/curations/{id}/undo, POST /api/actors/{id}/split
/// {"name", "aliases", "statements"}, PUT /api/actors/{id} {"role", "affiliation"}, GET /api/actors/{id}/curations.</summary>
public static class ActorCurationApi
{
    public sealed record MergeRequest(string? Into);

    public sealed record SplitRequest(string? Name, string[]? Aliases, string[]? Statements);

    public sealed record EditRequest(string? Role, string? Affiliation);

    public static WebApplicationBuilder AddActorCuration(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ActorCurationStore>();
        builder.Services.AddSingleton<ActorCurator>();
        return builder;
    }

    public static WebApplication MapActorCuration(this WebApplication app)
    {
        var api = app.MapGroup("/api/actors").DisableAntiforgery().DescribeProblems();
        api.MapPost("/{id}/merge", async (string id, MergeRequest request, ActorStore actors, ActorCurator curator, HttpContext http) =>
        {
            if (actors.Find(id) is not { } source) return NotFound($"No actor with id, name or alias '{id}'.");
            if (string.IsNullOrWhiteSpace(request.Into)) return Invalid("\"into\" (the actor to keep: id, name or alias) is required.");
            if (actors.Find(request.Into.Trim()) is not { } target) return Invalid($"\"into\": no actor with id, name or alias '{request.Into}'.");
            var (result, error) = await curator.MergeAsync(source.Id, target.Id, Caller.NameOf(http));
            return result is null ? Invalid(error!) : Results.Ok(new { curationId = result.Id, actor = actors.Find(target.Id), moved = result.Statements.Count });
        }).AddEndpointFilter<RequireApiKey>();
        api.MapPost("/curations/{curationId:long}/undo", async (long curationId, ActorStore actors, ActorCurator curator, HttpContext http) =>
        {
            var (result, error) = await curator.UndoAsync(curationId, Caller.NameOf(http));
            return result is null ? Invalid(error!) : Results.Ok(new { curationId, actor = actors.Find(result.ActorId), moved = result.Statements.Count });
        }).AddEndpointFilter<RequireApiKey>();
        api.MapPost("/{id}/split", async (string id, SplitRequest request, ActorStore actors, ActorCurator curator, HttpContext http) =>
        {
            if (actors.Find(id) is not { } actor) return NotFound($"No actor with id, name or alias '{id}'.");
            if (string.IsNullOrWhiteSpace(request.Name)) return Invalid("\"name\" (the new actor's name) is required.");
            if ((request.Aliases?.Length ?? 0) + (request.Statements?.Length ?? 0) == 0)
                return Invalid("\"aliases\" or \"statements\": name at least one thing to split off.");
            var (result, error) = await curator.SplitAsync(actor.Id, request.Name, request.Aliases ?? [], request.Statements ?? [], Caller.NameOf(http));
            return result is null ? Invalid(error!) : Results.Created($"/api/actors/{result.ActorId}", new { curationId = result.Id, actor = actors.Find(result.ActorId) });
        }).AddEndpointFilter<RequireApiKey>();
        api.MapPut("/{id}", (string id, EditRequest request, ActorStore actors, ActorCurator curator, HttpContext http) =>
        {
            if (request.Role?.Length > 200 || request.Affiliation?.Length > 200) return Invalid("\"role\" and \"affiliation\" must be at most 200 characters.");
            return actors.Find(id) is { } actor && curator.Edit(actor.Id, request.Role, request.Affiliation, Caller.NameOf(http)) is { } edited
                ? Results.Ok(edited)
                : NotFound($"No actor with id, name or alias '{id}'.");
        }).AddEndpointFilter<RequireApiKey>();
        api.MapGet("/{id}/curations", (HttpContext http, string id, int? limit, int? offset, ActorCurationStore curations) =>
            Page.TryRead(limit, offset, 500, out var page, out var problem) ? page.OkFrom(http, curations.History(id)) : problem);
        return app;
    }

    private static IResult NotFound(string detail) => Results.Problem(detail, statusCode: 404, title: "Not found");

    private static IResult Invalid(string detail) => Results.Problem(detail, statusCode: 400, title: "Invalid actor curation");
}
