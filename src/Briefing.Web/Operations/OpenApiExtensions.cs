using Briefing.Web.Api;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace Briefing.Web.Operations;

public static class OpenApiExtensions
{
    private const string ApiKeyScheme = "ApiKey";

    /// <summary>The OpenAPI document of the HTTP API (/openapi/v1.json): every endpoint, the problem-details errors it
    /// can answer with, and the X-Api-Key scheme on the endpoints that write.</summary>
    public static WebApplicationBuilder AddApiDocument(this WebApplicationBuilder builder)
    {
        builder.Services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "Briefing API",
                    Version = "v1",
                    Description = "Articles in; actors, statements (who said what) and positions out. Reading is open unless " +
                                  "Briefing:Reading:RequireSignIn is set (then a reader cookie or an API key is needed); " +
                                  "writing always needs a key in the X-Api-Key header. Live events: SignalR hub /hubs/briefing.",
                };
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[ApiKeyScheme] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.ApiKey,
                    In = ParameterLocation.Header,
                    Name = RequireApiKey.Header,
                    Description = "An API key (configured, generated on first start, or made with the `keys` verb).",
                };
                return Task.CompletedTask;
            });
            options.AddOperationTransformer(async (operation, context, cancellationToken) =>
            {
                if (context.Description.ActionDescriptor.EndpointMetadata.OfType<DescribedBody>().FirstOrDefault() is { } body)
                    operation.RequestBody = new OpenApiRequestBody
                    {
                        Required = true,
                        Content = new Dictionary<string, OpenApiMediaType>
                        {
                            ["application/json"] = new() { Schema = await context.GetOrCreateSchemaAsync(body.Type, null, cancellationToken) },
                        },
                    };
                if (context.Description.HttpMethod is "GET" or "HEAD") return;
                operation.Security ??= [];
                operation.Security.Add(new OpenApiSecurityRequirement
                {
                    [new OpenApiSecuritySchemeReference(ApiKeyScheme, context.Document)] = [],
                });
            });
        });
        return builder;
    }

    /// <summary>The document and a browsable reference (Scalar, /scalar/v1). Both are open: they describe, not show, data.</summary>
    public static WebApplication MapApiDocument(this WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference(options => options.WithTitle("Briefing API").DisableDefaultFonts()).AllowAnonymous();
        return app;
    }

    /// <summary>Declares on every /api endpoint the problem-details answers it can give, from what the endpoint is:
    /// a query or body can be invalid (400), an id may not exist (404), a write needs a key (401), an article upload
    /// can be too large (413), not JSON (415) or meet a full inbox (503), a rate-limited endpoint can answer 429.</summary>
    public static RouteGroupBuilder DescribeProblems(this RouteGroupBuilder api)
    {
        ((IEndpointConventionBuilder)api).Finally(endpoint =>
        {
            var method = endpoint.Metadata.OfType<IHttpMethodMetadata>().FirstOrDefault()?.HttpMethods.FirstOrDefault() ?? "GET";
            var pattern = (endpoint as RouteEndpointBuilder)?.RoutePattern;
            var write = method is not ("GET" or "HEAD");
            var statuses = new List<int> { StatusCodes.Status400BadRequest };
            // An id in the path, or an actor/topic filter that names nobody, is a 404.
            if (pattern?.Parameters.Count > 0 || pattern?.RawText is "/api/statements" or "/api/positions")
                statuses.Add(StatusCodes.Status404NotFound);
            if (write) statuses.Add(StatusCodes.Status401Unauthorized);
            if (write && pattern?.RawText?.Contains("articles") == true)
                statuses.AddRange([StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType, StatusCodes.Status503ServiceUnavailable]);
            if (endpoint.Metadata.OfType<EnableRateLimitingAttribute>().Any()) statuses.Add(StatusCodes.Status429TooManyRequests);
            foreach (var status in statuses.Distinct())
                endpoint.Metadata.Add(new ProducesResponseTypeMetadata(status, typeof(ProblemDetails), ["application/problem+json"]));
        });
        return api;
    }
}

/// <summary>The JSON body an endpoint reads by hand (to enforce its own size limit and error messages), so the
/// OpenAPI document can describe it without the endpoint binding it.</summary>
public sealed record DescribedBody(Type Type);
