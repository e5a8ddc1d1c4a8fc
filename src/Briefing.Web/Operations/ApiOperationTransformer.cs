using Briefing.Web.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.OpenApi;

namespace Briefing.Web.Operations;

/// <summary>Describes every /api operation, wherever it is mapped: the problem-details answers it can give (a query
/// or body can be invalid: 400; an id may not exist: 404; a write needs a key: 401; an article upload can be too
/// large: 413, not JSON: 415, or meet a full inbox: 503; a rate-limited endpoint can answer 429), the X-Api-Key
/// scheme on writes, and the JSON body of endpoints that read theirs by hand.</summary>
public sealed class ApiOperationTransformer : IOpenApiOperationTransformer
{
    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var description = context.Description;
        var path = "/" + (description.RelativePath ?? "").Split('?')[0];
        if (!path.StartsWith("/api", StringComparison.Ordinal)) return;
        var metadata = description.ActionDescriptor.EndpointMetadata;
        var write = description.HttpMethod is not ("GET" or "HEAD");

        if (metadata.OfType<DescribedBody>().FirstOrDefault() is { } body)
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["application/json"] = new() { Schema = await context.GetOrCreateSchemaAsync(body.Type, null, cancellationToken) },
                },
            };

        var statuses = ProblemStatuses(description.HttpMethod ?? "GET", path, metadata.OfType<EnableRateLimitingAttribute>().Any());
        var problem = await context.GetOrCreateSchemaAsync(typeof(ProblemDetails), null, cancellationToken);
        operation.Responses ??= new OpenApiResponses();
        foreach (var status in statuses)
        {
            var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (operation.Responses.ContainsKey(key)) continue;
            operation.Responses[key] = new OpenApiResponse
            {
                Description = ReasonPhrases.GetReasonPhrase(status),
                Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() { Schema = problem } },
            };
        }

        if (!write) return;
        operation.Security ??= [];
        operation.Security.Add(new OpenApiSecurityRequirement
        {
            [new OpenApiSecuritySchemeReference(OpenApiExtensions.ApiKeyScheme, context.Document)] = [],
        });
    }

    /// <summary>The problem-details statuses an /api endpoint can answer with, from what it is.</summary>
    public static IReadOnlyList<int> ProblemStatuses(string method, string path, bool rateLimited)
    {
        var write = method is not ("GET" or "HEAD");
        var route = "/" + path.Trim('/');
        var statuses = new List<int> { StatusCodes.Status400BadRequest };
        // An id in the path, or an actor/topic filter that names nobody, is a 404.
        if (route.Contains('{') || route is "/api/statements" or "/api/positions") statuses.Add(StatusCodes.Status404NotFound);
        if (write) statuses.Add(StatusCodes.Status401Unauthorized);
        if (write && route.StartsWith("/api/articles", StringComparison.Ordinal))
            statuses.AddRange([StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType, StatusCodes.Status503ServiceUnavailable]);
        if (rateLimited) statuses.Add(StatusCodes.Status429TooManyRequests);
        return statuses;
    }
}
