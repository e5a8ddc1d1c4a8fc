using System.Text;
using System.Text.Json;
using Briefing.Data.Inbox;
using Briefing.Web.Ingestion;
using Briefing.Web.Operations;
using Microsoft.Extensions.Options;

namespace Briefing.Web.Api;

/// <summary>One item's outcome in a batch: its id (and whether it was a duplicate) or why it was refused.</summary>
public sealed record BatchItemResult(int Index, string? Id = null, bool? Duplicate = null, string? Error = null);

/// <summary>POST /api/articles/batch: a JSON array of articles, all valid ones committed in one transaction
/// before the answer; one result per item, in order.</summary>
public static class BatchApi
{
    private static readonly JsonDocumentOptions Json = new() { MaxDepth = 16 };

    public static RouteGroupBuilder MapBatchApi(this RouteGroupBuilder api)
    {
        api.MapPost("/articles/batch", SubmitBatchAsync).AddEndpointFilter<RequireApiKey>().RequireRateLimiting(ApiRateLimits.PerKey)
            .WithMetadata(new DescribedBody(typeof(ArticleRequest[]))).Produces(StatusCodes.Status202Accepted);
        return api;
    }

    private static async Task<IResult> SubmitBatchAsync(HttpContext http, Submissions submissions, IOptions<BriefingOptions> options)
    {
        var settings = options.Value;
        if (ArticlesApi.RejectContentType(http.Request) is { } unsupported) return unsupported;
        var body = await RequestBody.ReadAsync(http.Request, settings.MaxBatchBytes, http.RequestAborted);
        if (body is null)
            return Results.Problem($"The body is larger than the limit of {settings.MaxBatchBytes:N0} bytes.",
                statusCode: StatusCodes.Status413PayloadTooLarge, title: "Batch too large");

        List<string> items;
        try
        {
            using var document = JsonDocument.Parse(body, Json);
            if (document.RootElement.ValueKind != JsonValueKind.Array)
                return Invalid("The body must be a JSON array of articles.");
            items = document.RootElement.EnumerateArray().Select(e => e.GetRawText()).ToList();
        }
        catch (Exception exception) when (exception is JsonException or ArgumentException)
        {
            return Invalid($"The body is not a valid JSON array: {exception.Message}");
        }
        if (items.Count == 0) return Invalid("The batch is empty.");
        if (items.Count > settings.MaxBatchArticles)
            return Results.Problem($"A batch holds at most {settings.MaxBatchArticles} articles; this one has {items.Count}.",
                statusCode: StatusCodes.Status413PayloadTooLarge, title: "Batch too large");

        var results = new BatchItemResult[items.Count];
        var valid = new List<(int Index, ArticleSubmission Submission)>();
        for (var i = 0; i < items.Count; i++)
        {
            var submission = ArticleRequest.Parse(Encoding.UTF8.GetBytes(items[i]), via: "api", out var error);
            if (submission is not null && submissions.TooLarge(submission) is { } tooLarge) (submission, error) = (null, tooLarge);
            if (submission is null) results[i] = new BatchItemResult(i, Error: error);
            else valid.Add((i, submission));
        }

        var accepted = valid.Count == 0 ? [] : submissions.SubmitMany(valid.Select(v => v.Submission).ToList());
        for (var v = 0; v < valid.Count; v++)
        {
            var index = valid[v].Index;
            results[index] = accepted[v] is { } result
                ? new BatchItemResult(index, result.Id, result.Duplicate)
                : new BatchItemResult(index, Error: "The inbox is full; retry this article shortly.");
        }
        if (valid.Count > 0 && accepted.All(a => a is null)) return ApiProblems.InboxFull(settings.MaxPendingArticles);
        return Results.Json(results, statusCode: StatusCodes.Status202Accepted);
    }

    private static IResult Invalid(string detail) =>
        Results.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Invalid batch");
}
