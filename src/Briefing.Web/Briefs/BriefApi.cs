using Briefing.Web.Operations;
using Briefing.Data.Briefs;
using Briefing.Web.Api;

namespace Briefing.Web.Briefs;

/// <summary>GET /api/brief?actor=…&amp;topic=…&amp;since=…&amp;outlet=…&amp;format=md|json|csv|xlsx.</summary>
public static class BriefApi
{
    public static readonly string[] Formats = ["md", "json", "csv", "xlsx"];

    public static WebApplicationBuilder AddBriefs(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<BriefStore>();
        builder.Services.AddSingleton<BriefBuilder>();
        return builder;
    }

    public static WebApplication MapBriefs(this WebApplication app)
    {
        app.MapGroup("/api").DescribeProblems().MapGet("/brief", (HttpRequest request, BriefBuilder builder) =>
        {
            var format = (request.Query["format"].FirstOrDefault() ?? "md").Trim().ToLowerInvariant();
            if (!Formats.Contains(format))
                return Problem(400, "Invalid query", $"\"format\" must be one of {string.Join(", ", Formats)}; got '{format}'.");
            var (filter, error) = BriefFilter.Parse(request.QueryString.Value);
            if (error is not null) return Problem(400, "Invalid query", error);
            var (brief, unknown) = builder.Build(filter);
            if (brief is null) return Problem(404, "Not found", unknown!);

            var appBase = new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/");
            var file = $"brief-{brief.GeneratedAt.UtcDateTime:yyyyMMdd-HHmm}";
            return format switch
            {
                "json" => Results.Ok(ToJson(brief)),
                "csv" => Results.File(System.Text.Encoding.UTF8.GetBytes(BriefTables.Csv(brief, appBase)), "text/csv; charset=utf-8", file + ".csv"),
                "xlsx" => Results.File(BriefTables.Excel(brief, appBase), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file + ".xlsx"),
                _ => Results.File(System.Text.Encoding.UTF8.GetBytes(BriefMarkdown.Render(brief, appBase)), "text/markdown; charset=utf-8", file + ".md"),
            };
        });
        return app;
    }

    /// <summary>The sections as data; positions in the GET /api/positions shape.</summary>
    private static object ToJson(Brief brief) => new
    {
        brief.Title,
        brief.Scope,
        brief.GeneratedAt,
        brief.Since,
        Filters = new { brief.Actors, brief.Topics, brief.Outlets },
        Positions = brief.Positions.Select(p => PositionMessage.From(p)),
        Changed = brief.Changed.Select(p => PositionMessage.From(p, shift: true)),
        brief.MostCarried,
        brief.Statements,
        brief.Truncated,
    };

    private static IResult Problem(int status, string title, string detail) => Results.Problem(detail, statusCode: status, title: title);
}
