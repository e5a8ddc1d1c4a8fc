using System.Text.Json;
using Briefing.Data.Inbox;

namespace Briefing.Web.Api;

/// <summary>The body of POST /api/articles: {"title", "text", "url"?, "source"?, "publishedAt"?}.</summary>
public sealed record ArticleRequest(string? Title, string? Text, string? Url, string? Source, DateTimeOffset? PublishedAt)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { MaxDepth = 16 };

    /// <summary>Parses and validates; on failure returns null and a message that says what is wrong.</summary>
    public static ArticleSubmission? Parse(ReadOnlySpan<byte> body, string via, out string? error)
    {
        ArticleRequest? request;
        try
        {
            request = JsonSerializer.Deserialize<ArticleRequest>(body, Json);
        }
        catch (JsonException exception)
        {
            error = $"The body is not a valid article: {exception.Message}";
            return null;
        }
        catch (ArgumentException exception)
        {
            error = $"The body is not valid UTF-8 JSON: {exception.Message}";
            return null;
        }
        error = Validate(request);
        if (error is not null) return null;
        var text = request!.Text!.Trim();
        var title = string.IsNullOrWhiteSpace(request.Title) ? FirstLine(text) : request.Title.Trim();
        return new ArticleSubmission(title, text, request.Url?.Trim(), request.Source?.Trim(), request.PublishedAt, via);
    }

    private static string? Validate(ArticleRequest? request)
    {
        if (request is null) return "The body must be a JSON object with at least a \"text\" field.";
        if (string.IsNullOrWhiteSpace(request.Text)) return "\"text\" is required and must not be empty.";
        if (request.Title is { Length: > 1000 }) return "\"title\" is longer than 1000 characters.";
        if (request.Url is { Length: > 2000 }) return "\"url\" is longer than 2000 characters.";
        if (request.Url is { } url && !string.IsNullOrWhiteSpace(url)
            && !(Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            return "\"url\" must be an absolute http(s) URL.";
        if (request.Source is { Length: > 200 }) return "\"source\" is longer than 200 characters.";
        return null;
    }

    private static string FirstLine(string text)
    {
        var line = text.AsSpan();
        var newline = line.IndexOfAny('\n', '\r');
        if (newline >= 0) line = line[..newline];
        return (line.Length > 120 ? line[..120].ToString() + "…" : line.ToString()).Trim();
    }
}
