using Briefing.Core.Extraction.Actors;
using Briefing.Core.Extraction.Attribution;
using Briefing.Core.Extraction.Text;
using Briefing.Core.Extraction.Lexicons;
using Briefing.Core.Watchlists;

namespace Briefing.Core.Extraction;

/// <summary>Extracts actors and attributed statements (direct, indirect, mixed, belief) from one article.
/// Pure and thread-safe: the only state is the immutable watch-list index, so one instance can serve the app.</summary>
public sealed class ArticleExtractor
{
    private readonly WatchIndex _watch;
    private readonly ExtractorSettings _settings;

    public ArticleExtractor(Watchlist? watchlist = null, ExtractorSettings? settings = null)
    {
        _settings = settings ?? ExtractorSettings.Default;
        _watch = watchlist is null || watchlist.Actors.Count == 0 ? WatchIndex.Empty : new WatchIndex(watchlist);
    }

    /// <summary>Extracts one article. <paramref name="cancellationToken"/> is checked between stages and sentences,
    /// so a caller's time budget can stop a pathological text (OperationCanceledException).</summary>
    public ArticleExtraction Extract(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return ArticleExtraction.Empty;
        }
        var doc = new Document(text, _settings);
        var skip = new bool[doc.Paragraphs.Count];
        for (var p = 0; p < skip.Length; p++)
        {
            skip[p] = Boilerplate.IsBoilerplate(text, doc.Paragraphs[p]);
        }
        var sentenceOfToken = new int[doc.Tokens.Count];
        for (var s = 0; s < doc.Sentences.Count; s++)
        {
            var sentence = doc.Sentences[s];
            Array.Fill(sentenceOfToken, s, sentence.First, sentence.Last - sentence.First);
        }
        cancellationToken.ThrowIfCancellationRequested();
        var actors = new ActorTable(doc, _watch, skip, _settings.Uses(ExtractionRule.TitleCaseLinesNameKnownActorsOnly));
        cancellationToken.ThrowIfCancellationRequested();
        GenderFromContext.Infer(doc, actors);
        ActorContext.Apply(doc, actors);
        var attributor = new Attributor(doc, actors, skip, sentenceOfToken, _settings);
        attributor.Run(cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        return Freeze(doc, actors, attributor.Drafts, _settings.Uses(ExtractionRule.OneWordObject));
    }

    private static bool IsNameOrAnswer(ReadOnlySpan<char> word)
    {
        if (word.Equals("yes", StringComparison.OrdinalIgnoreCase) || word.Equals("no", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        if (word.Length < 2 || !char.IsUpper(word[0]) || Lexicon.IsTimeWord(word) || Lexicon.IsCapitalisedNonName(word))
        {
            return false;
        }
        foreach (var c in word)
        {
            if (!char.IsLetter(c) && c != '-')
            {
                return false;
            }
        }
        return true;
    }

    private static ArticleExtraction Freeze(Document doc, ActorTable table, List<Draft> drafts, bool oneWordObject)
    {
        var sentences = new TextSpan[doc.Sentences.Count];
        for (var i = 0; i < sentences.Length; i++)
        {
            sentences[i] = doc.Sentences[i].Span;
        }
        var actors = new ExtractedActor[table.Actors.Count];
        for (var i = 0; i < actors.Length; i++)
        {
            actors[i] = table.Actors[i].Freeze(Key(i));
        }
        var statements = new List<ExtractedStatement>(drafts.Count);
        foreach (var d in drafts)
        {
            if (d.Content.Count == 0)
            {
                continue;
            }
            var kind = StatementKinds.Classify(doc, d);
            var text = d.Content.Count == 1 ? d.Content[0].Of(doc.Text) : string.Join(" … ", d.Content.Select(c => c.Of(doc.Text)));
            // "Ukraine concedes land": reported speech is a clause, never one bare word — but for a name ("Roe attacked
            // Poe", "vote for Poe") or an answer ("said yes"), the object the cue takes (OneWordObject).
            if (kind == StatementKind.Indirect && !text.AsSpan().Trim().ContainsAny(' ', '\n')
                && !(oneWordObject && IsNameOrAnswer(text.AsSpan().Trim())))
            {
                continue;
            }
            var how = d.Speaker is null && d.How != SpeakerResolution.Described ? SpeakerResolution.Unresolved : d.How;
            statements.Add(new ExtractedStatement(
                d.Content.ToArray(), text, kind, d.Cue, d.Cue?.Of(doc.Text), d.Source,
                d.Speaker is null ? null : Key(d.Speaker.Index), how,
                StatementKinds.Confidence(how, kind), doc.Sentences[d.Sentence].Span));
        }
        return new ArticleExtraction(sentences, actors, statements);
    }

    private static string Key(int index) => "a" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
