using Briefing.Web.Api;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace Briefing.Web.Operations;

public static class OpenApiExtensions
{
    internal const string ApiKeyScheme = "ApiKey";

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
            options.AddOperationTransformer<ApiOperationTransformer>();
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

    /// <summary>Declares on a group's endpoints the problem-details answers they can give (see
    /// <see cref="ApiOperationTransformer.ProblemStatuses"/>), as endpoint metadata; /api endpoints mapped without it
    /// get the same answers in the document from the transformer.</summary>
    public static RouteGroupBuilder DescribeProblems(this RouteGroupBuilder api)
    {
        ((IEndpointConventionBuilder)api).Finally(endpoint =>
        {
            var method = endpoint.Metadata.OfType<IHttpMethodMetadata>().FirstOrDefault()?.HttpMethods.FirstOrDefault() ?? "GET";
            var path = (endpoint as RouteEndpointBuilder)?.RoutePattern.RawText ?? "";
            var rateLimited = endpoint.Metadata.OfType<EnableRateLimitingAttribute>().Any();
            foreach (var status in ApiOperationTransformer.ProblemStatuses(method, path, rateLimited))
                endpoint.Metadata.Add(new ProducesResponseTypeMetadata(status, typeof(ProblemDetails), ["application/problem+json"]));
        });
        return api;
    }
}

/// <summary>The JSON body an endpoint reads by hand (to enforce its own size limit and error messages), so the
/// OpenAPI document can describe it without the endpoint binding it.</summary>
public sealed record DescribedBody(Type Type);
