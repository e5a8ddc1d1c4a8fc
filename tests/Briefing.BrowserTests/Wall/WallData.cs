using Briefing.Core.Extraction;
using Briefing.Data.Articles;
using Briefing.Data.Inbox;
using Briefing.Web.Live;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.BrowserTests.Wall;

/// <summary>Puts fictional quotes on a running app without the extractor: commits a hand-built extraction through the
/// real store and publishes it through the app's LiveNotifier, exactly as the pipeline does after a commit.</summary>
public sealed class WallData(IServiceProvider services)
{
    private readonly ArticleStore _articles = services.GetRequiredService<ArticleStore>();
    private readonly LiveNotifier _notifier = services.GetRequiredService<LiveNotifier>();

    public LiveNotifier Notifier => _notifier;

    public sealed record Quote(string Speaker, string? Role, string Text);

    /// <summary>Commits one article with the given quotes and publishes it; returns what was committed.</summary>
    public async Task<IngestedArticle> PublishAsync(string title, string source, params Quote[] quotes)
    {
        var ingested = Commit(title, source, quotes);
        await _notifier.PublishAsync(ArticleIngested.From(ingested));
        return ingested;
    }

    public IngestedArticle Commit(string title, string source, params Quote[] quotes)
    {
        var text = "";
        var actors = new Dictionary<string, ExtractedActor>();
        var statements = new List<ExtractedStatement>();
        foreach (var quote in quotes)
        {
            var start = text.Length;
            text += $"“{quote.Text}” {quote.Speaker} said. ";
            var content = new TextSpan(start + 1, start + 1 + quote.Text.Length);
            var name = new TextSpan(content.End + 2, content.End + 2 + quote.Speaker.Length);
            var key = quote.Speaker.ToLowerInvariant();
            actors[key] = actors.TryGetValue(key, out var known)
                ? known with { Mentions = [.. known.Mentions, name] }
                : new ExtractedActor(key, quote.Speaker, ActorKind.Person, quote.Role, null, [], [name]);
            statements.Add(new ExtractedStatement([content], quote.Text, StatementKind.Direct, new TextSpan(name.End + 1, name.End + 5),
                "said", name, key, SpeakerResolution.Named, 0.95, new TextSpan(start, text.Length)));
        }
        var id = Guid.NewGuid().ToString("N")[..16];
        var item = new InboxItem(id, InboxStore.ContentHash(text + id), title, text, null, source, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow, "test", 0);
        return _articles.Commit(item, new ArticleExtraction([new TextSpan(0, text.Length)], [.. actors.Values], statements));
    }
}

/// <summary>Hand-built live events (no database): the fastest way to push thousands of statements through the app's
/// notifier into a real circuit and DOM.</summary>
public static class SyntheticEvents
{
    public static ArticleIngested Article(int n, int statements, string speaker = "Synthetic Speaker", string? text = null)
    {
        var now = DateTimeOffset.UtcNow;
        var id = $"syn-{n}";
        var article = new Data.Articles.ArticleSummary(id, $"Synthetic article {n}", null, "Load Wire", now, now, statements);
        var actor = new Data.Actors.ActorRef("actor-synthetic", speaker);
        var views = Enumerable.Range(1, statements).Select(i => new Data.Statements.StatementView(
            $"{id}-{i}", id, actor, text ?? $"Synthetic statement {n}.{i} about the harbour", true, "said", now, now, "direct",
            "named", 0.9, article.Title, "Spokesperson", [], null, null)).ToList();
        return new ArticleIngested(article, views, []);
    }
}
