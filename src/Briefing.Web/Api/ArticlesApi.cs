using Briefing.Data.Articles;
using Briefing.Data.Inbox;
using Briefing.Web.Ingestion;
using Briefing.Web.Operations;
using Microsoft.Extensions.Options;

namespace Briefing.Web.Api;

public static class ArticlesApi
{
    public static RouteGroupBuilder MapArticlesApi(this RouteGroupBuilder api)
    {
        api.MapPost("/articles", SubmitAsync).AddEndpointFilter<RequireApiKey>().RequireRateLimiting(ApiRateLimits.PerKey)
            .WithMetadata(new DescribedBody(typeof(ArticleRequest))).Produces(StatusCodes.Status202Accepted);
        api.MapGet("/articles", (HttpContext http, ArticleStore articles, int? limit, int? offset, string? after) =>
            Page.TryRead(limit, offset, 50, out var page, out var problem, after)
                ? page.Ok(http, articles.Latest(page.Limit, page.Offset, page.After), ArticleStore.CursorOf)
                : problem);
        api.MapGet("/articles/{id}", (string id, ArticleStore articles) =>
            articles.Find(id) is { } article
                ? Results.Ok(article)
                : Results.Problem($"No article with id '{id}'.", statusCode: StatusCodes.Status404NotFound, title: "Not found"));
        return api;
    }

    /// <summary>Accepts one article: committed to the inbox before the 202 is sent.</summary>
    private static async Task<IResult> SubmitAsync(HttpContext http, Submissions submissions, IOptions<BriefingOptions> options)
    {
        var request = http.Request;
        if (RejectContentType(request) is { } unsupported) return unsupported;

        var body = await RequestBody.ReadAsync(request, options.Value.MaxArticleBytes, http.RequestAborted);
        if (body is null)
            return Results.Problem($"The body is larger than the limit of {options.Value.MaxArticleBytes:N0} bytes.",
                statusCode: StatusCodes.Status413PayloadTooLarge, title: "Article too large");

        var submission = ArticleRequest.Parse(body, via: "api", out var error);
        if (submission is null)
            return Results.Problem(error, statusCode: StatusCodes.Status400BadRequest, title: "Invalid article");

        AcceptResult result;
        try
        {
            result = await submissions.SubmitAsync(submission);
        }
        catch (InboxFullException full)
        {
            return ApiProblems.InboxFull(full.MaxPending);
        }
        catch (ArticleTooLargeException tooLarge)
        {
            return Results.Problem(tooLarge.Message, statusCode: StatusCodes.Status413PayloadTooLarge, title: "Article too large");
        }
        return Results.Accepted($"/api/articles/{result.Id}", new { id = result.Id, duplicate = result.Duplicate });
    }

    /// <summary>415 for a body that does not say it is JSON.</summary>
    internal static IResult? RejectContentType(HttpRequest request) =>
        request.ContentType is { } type && !type.Contains("json", StringComparison.OrdinalIgnoreCase)
            ? Results.Problem($"Send articles as application/json, not {type}.",
                statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type")
            : null;
}
