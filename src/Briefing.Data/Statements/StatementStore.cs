using System.Data;
using System.Text.Json;
using Briefing.Core.Extraction;
using Briefing.Data.Actors;
using Briefing.Data.Schema;
using Dapper;

namespace Briefing.Data.Statements;

/// <summary>Statements (who said what), newest first, searchable by speaker and by words (FTS5).</summary>
public sealed class StatementStore(Database database)
{
    /// <summary>Below this many full-text matches a search reads and sorts them all (<see cref="SqliteSearch"/>);
    /// tests lower it to run the common-word path on a small store.</summary>
    internal int FewMatches { get; init; } = SqliteSearch.FewMatches;

    /// <summary>The smallest window of newest statements a common word's search looks in first.</summary>
    internal int SearchWindow { get; init; } = SqliteSearch.MinWindow;

    private const string SelectViews =
        """
        SELECT s.id AS Id, s.article_id AS ArticleId, s.ordinal AS Ordinal, s.speaker_id AS SpeakerId, a.name AS SpeakerName,
               a.role AS SpeakerRole, s.text AS Text, s.kind AS Kind, s.cue AS Cue,
               s.published_at AS PublishedAt, s.ingested_at AS IngestedAt, s.resolution AS Resolution,
               s.confidence AS Confidence, ar.title AS ArticleTitle, s.content_spans AS ContentSpans,
               s.source_start AS SourceStart, s.source_end AS SourceEnd, s.cue_start AS CueStart, s.cue_end AS CueEnd
        FROM statements s
        JOIN articles ar ON ar.id = s.article_id
        LEFT JOIN actors a ON a.id = s.speaker_id
        """;

    /// <summary>Newest first (an article's own statements in reading order), filtered by speaker, article and words;
    /// a page by offset and/or after a cursor (<see cref="StatementQuery.After"/>).</summary>
    public IReadOnlyList<StatementView> Query(StatementQuery query)
    {
        var where = new List<string> { "s.rejected = 0" };
        if (query.ActorId is not null) where.Add("s.speaker_id = @ActorId");
        if (query.ArticleId is not null) where.Add("s.article_id = @ArticleId");
        if (query.QuotesOnly) where.Add("s.kind IN ('direct', 'mixed')");
        if (query.After is not null && query.ArticleId is null)
            where.Add("s.ingested_at <= @afterAt AND (s.ingested_at < @afterAt OR s.ordinal > @afterOrdinal OR (s.ordinal = @afterOrdinal AND s.id > @afterId))");
        // Ties (one batch's articles share their ingested time) broken by id, so a cursor knows where a page ended.
        var order = query.ArticleId is null ? "s.ingested_at DESC, s.ordinal, s.id" : "s.ordinal";
        var args = new DynamicParameters(new
        {
            query.ActorId, query.ArticleId, text = query.Text,
            afterAt = query.After?.At, afterOrdinal = query.After?.Ordinal, afterId = query.After?.Id,
        });
        var (limit, offset) = (Math.Clamp(query.Limit, 1, 1000), Math.Max(0, query.Offset));
        var searching = !string.IsNullOrWhiteSpace(query.Text);
        if (searching && database.Dialect == SqlDialect.Postgres) where.Add("s.search @@ plainto_tsquery('simple', @text)");

        using var connection = database.Open();
        // The page's ids come from an index alone (the rows an offset skips are never read); then only the page's
        // own rows are read, with their article and speaker.
        IReadOnlyList<string> ids;
        if (searching && database.Dialect == SqlDialect.Sqlite)
        {
            ids = SqliteSearch.PageIds(connection, string.Join(" AND ", where), order, args, FtsPhrase(query.Text!), limit, offset, FewMatches, SearchWindow);
        }
        else
        {
            args.AddDynamicParams(new { limit, offset });
            ids = connection.Query<string>(
                $"SELECT s.id FROM statements s WHERE {string.Join(" AND ", where)} ORDER BY {order} LIMIT @limit OFFSET @offset", args).AsList();
        }
        return Views(connection, ids, order);
    }

    private List<StatementView> Views(IDbConnection connection, IReadOnlyList<string> ids, string order) =>
        ids.Count == 0 ? []
            : connection.Query<StatementRow>($"{SelectViews} WHERE {database.In("s.id", "ids")} ORDER BY {order}", new { ids = ids.ToArray() })
                .Select(r => r.ToView()).AsList();

    public IReadOnlyList<StatementView> ByIds(IReadOnlyCollection<string> ids)
    {
        if (ids.Count == 0) return [];
        using var connection = database.Open();
        return ByIds(connection, ids);
    }

    /// <summary>As <see cref="ByIds(IReadOnlyCollection{string})"/>, on a connection the caller holds.</summary>
    internal IReadOnlyList<StatementView> ByIds(IDbConnection connection, IReadOnlyCollection<string> ids) =>
        ids.Count == 0 ? [] : Views(connection, ids.ToArray(), "s.ingested_at DESC, s.ordinal, s.id");

    /// <summary>Writes an article's statements inside its transaction (one command for every statement of the
    /// transaction); returns their ids in order.</summary>
    internal IReadOnlyList<string> Insert(PreparedCommands commands, string articleId,
        IReadOnlyList<ExtractedStatement> statements, IReadOnlyDictionary<string, string> actorIds,
        DateTimeOffset? publishedAt, DateTimeOffset ingestedAt)
    {
        var ids = new List<string>(statements.Count);
        for (var ordinal = 0; ordinal < statements.Count; ordinal++)
        {
            var s = statements[ordinal];
            var id = IdFor(articleId, ordinal);
            commands.Execute(
                """
                INSERT INTO statements (id, article_id, ordinal, speaker_id, text, kind, cue, cue_start, cue_end,
                    source_start, source_end, content_spans, sentence_start, sentence_end, resolution, confidence,
                    published_at, ingested_at)
                VALUES (@id, @articleId, @ordinal, @speakerId, @text, @kind, @cue, @cueStart, @cueEnd,
                    @sourceStart, @sourceEnd, @spans, @sentenceStart, @sentenceEnd, @resolution, @confidence,
                    @publishedAt, @ingestedAt)
                """,
                ("id", id), ("articleId", articleId), ("ordinal", ordinal),
                ("speakerId", s.SpeakerKey is not null && actorIds.TryGetValue(s.SpeakerKey, out var speaker) ? speaker : null),
                ("text", s.Text), ("kind", s.Kind.ToString().ToLowerInvariant()), ("cue", s.CueText),
                ("cueStart", PreparedCommands.Int(s.Cue?.Start)), ("cueEnd", PreparedCommands.Int(s.Cue?.End)),
                ("sourceStart", PreparedCommands.Int(s.Source?.Start)), ("sourceEnd", PreparedCommands.Int(s.Source?.End)),
                ("spans", JsonSerializer.Serialize(s.Content.Select(c => new SpanView(c.Start, c.End)))),
                ("sentenceStart", s.Sentence.Start), ("sentenceEnd", s.Sentence.End),
                ("resolution", s.Resolution.ToString().ToLowerInvariant()), ("confidence", s.Confidence),
                ("publishedAt", publishedAt), ("ingestedAt", ingestedAt));
            ids.Add(id);
        }
        return ids;
    }

    /// <summary>The id of an article's statement number <paramref name="index"/> (0-based): stable and predictable.</summary>
    public static string IdFor(string articleId, int index) => $"{articleId}-{index + 1}";

    /// <summary>Every live statement with its sentence, for re-classifying after a topic edit.</summary>
    public IReadOnlyList<(string Id, string Text, string Sentence, string? Cue)> AllWithSentences() => WithSentences(null);

    /// <summary>The live statements of some articles (all when null), with their sentences, for the stance stage.</summary>
    public IReadOnlyList<(string Id, string Text, string Sentence, string? Cue)> WithSentences(IReadOnlyCollection<string>? articleIds)
    {
        using var connection = database.Open();
        var sql = "SELECT s.id, s.text, ar.text, s.sentence_start, s.sentence_end, s.cue FROM statements s JOIN articles ar ON ar.id = s.article_id WHERE s.rejected = 0 AND s.speaker_id IS NOT NULL";
        if (articleIds is not null) sql += " AND " + database.In("s.article_id", "articleIds");
        return connection.Query<(string Id, string Text, string ArticleText, long SentenceStart, long SentenceEnd, string? Cue)>(sql, new { articleIds = articleIds?.ToArray() })
            .Select(r => (r.Id, r.Text, Slice(r.ArticleText, (int)r.SentenceStart, (int)r.SentenceEnd), r.Cue)).AsList();
    }

    private static string Slice(string text, int start, int end) =>
        start >= 0 && end <= text.Length && start < end ? text[start..end] : "";

    /// <summary>Quotes the user's words as one FTS5 phrase per word, so operators in the input are not syntax.</summary>
    private static string FtsPhrase(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(word => "\"" + word.Replace("\"", "\"\"") + "\""));

    private sealed class StatementRow
    {
        public string Id { get; init; } = "";
        public string ArticleId { get; init; } = "";
        public int Ordinal { get; init; }
        public string? SpeakerId { get; init; }
        public string? SpeakerName { get; init; }
        public string? SpeakerRole { get; init; }
        public string Text { get; init; } = "";
        public string Kind { get; init; } = "";
        public string? Cue { get; init; }
        public DateTimeOffset? PublishedAt { get; init; }
        public DateTimeOffset IngestedAt { get; init; }
        public string Resolution { get; init; } = "";
        public double Confidence { get; init; }
        public string ArticleTitle { get; init; } = "";
        public string ContentSpans { get; init; } = "";
        public int? SourceStart { get; init; }
        public int? SourceEnd { get; init; }
        public int? CueStart { get; init; }
        public int? CueEnd { get; init; }

        public StatementView ToView() => new(
            Id, ArticleId, SpeakerId is null ? null : new ActorRef(SpeakerId, SpeakerName!), Text,
            Kind is "direct" or "mixed", Cue, PublishedAt, IngestedAt, Kind, Resolution, Confidence, ArticleTitle, SpeakerRole,
            JsonSerializer.Deserialize<SpanView[]>(ContentSpans) ?? [],
            Span(SourceStart, SourceEnd), Span(CueStart, CueEnd), Ordinal);

        private static SpanView? Span(int? start, int? end) =>
            start is { } s && end is { } e ? new SpanView(s, e) : null;
    }
}
