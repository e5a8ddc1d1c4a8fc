using System.Text;
using Briefing.Core.Extraction;
using Briefing.Data.Statements;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace Briefing.Web.Components.Shared;

/// <summary>A quote card: its markup made once per statement and shared by every screen that shows it (a live
/// statement is one object for all circuits), written as a few frames around those strings (<see cref="Write"/>).
/// As a component of sixty-odd frames and a dozen strings per card, diffed, serialised and sent per circuit, it was
/// most of what a dashboard's render path allocated: at 1,000 articles/s every frame of every dashboard replaces
/// its sixty cards. Everything from the statement is HTML-encoded here.</summary>
public sealed class QuoteCardText
{
    private static readonly RecentlyMade<StatementView, QuoteCardText> Made = new(s => new QuoteCardText(s));

    private readonly StatementView _statement;
    private readonly MarkupString _meta, _metaNew, _quote;
    private Source? _source;
    private Body? _body;

    private QuoteCardText(StatementView statement)
    {
        _statement = statement;
        var meta = Meta(statement);
        _meta = new MarkupString(meta);
        _metaNew = new MarkupString(meta + HtmlText.NewChip);
        _quote = new MarkupString(QuoteHtml(statement));
    }

    public static QuoteCardText Of(StatementView statement) => Made.Of(statement);

    /// <summary>Writes the card into a render tree: <paramref name="ago"/> null leaves out where it came from;
    /// <paramref name="editable"/> adds the correction menu, the card's only component; <paramref name="key"/> keys the
    /// card in a list written inline (the dashboard's quotes: no component per card). Not editable, the card is one
    /// element around one shared string (<see cref="BodyOf"/>): four frames for every screen to build and diff on each
    /// new article instead of a dozen.</summary>
    public void Write(RenderTreeBuilder builder, bool isNew, string? ago, bool editable, string? key = null)
    {
        builder.OpenElement(1000, "div");
        if (key is not null) builder.SetKey(key);
        builder.AddAttribute(1001, "class", isNew ? "quote-card is-new" : "quote-card");
        builder.AddAttribute(1002, "data-statement-id", _statement.Id);
        if (!editable)
        {
            builder.AddMarkupContent(1003, BodyOf(isNew, ago).Value);
            builder.CloseElement();
            return;
        }
        builder.OpenElement(1004, "div");
        builder.AddAttribute(1005, "class", "quote-meta");
        builder.AddMarkupContent(1006, MetaOf(isNew).Value);
        builder.OpenComponent<MudBlazor.MudSpacer>(1007);
        builder.CloseComponent();
        builder.OpenComponent<CorrectionMenu>(1008);
        builder.AddComponentParameter(1009, nameof(CorrectionMenu.Statement), _statement);
        builder.CloseComponent();
        builder.CloseElement();
        builder.AddMarkupContent(1010, _quote.Value);
        if (ago is not null) builder.AddMarkupContent(1011, SourceOf(ago).Value);
        builder.CloseElement();
    }

    /// <summary>The whole card inside its element, for a reader who cannot correct it: who said it, the words and
    /// where they came from (<paramref name="ago"/> null: not shown). Kept for the latest age, NEW or not.</summary>
    public MarkupString BodyOf(bool isNew, string? ago)
    {
        if (Volatile.Read(ref _body) is { } made && made.Ago == ago) return isNew ? made.New : made.Plain;
        var source = ago is null ? "" : SourceOf(ago).Value;
        string Html(bool fresh) => $"<div class=\"quote-meta\">{MetaOf(fresh).Value}</div>{_quote.Value}{source}";
        var body = new Body(ago, new MarkupString(Html(false)), new MarkupString(Html(true)));
        Volatile.Write(ref _body, body);
        return isNew ? body.New : body.Plain;
    }

    /// <summary>Who said it (or why nobody is named), the kind with how the speaker was found, and the NEW chip.</summary>
    public MarkupString MetaOf(bool isNew) => isNew ? _metaNew : _meta;

    /// <summary>The words, reported speech with its verb.</summary>
    public MarkupString Quote => _quote;

    /// <summary>The article it came from and how long ago ("just now" for most of a live card's life: kept until it changes).</summary>
    public MarkupString SourceOf(string ago)
    {
        if (Volatile.Read(ref _source) is { } made && made.Ago == ago) return made.Html;
        var source = new Source(ago, new MarkupString(
            $"<div class=\"quote-source\"><a href=\"{Encode($"articles/{Uri.EscapeDataString(_statement.ArticleId)}#{_statement.Id}")}\">" +
            $"{Encode(_statement.ArticleTitle)}</a> · <span class=\"when\">{Encode(ago)}</span></div>"));
        Volatile.Write(ref _source, source);
        return source.Html;
    }

    private static string Meta(StatementView statement)
    {
        var html = new StringBuilder(256);
        if (statement.Speaker is { } speaker)
        {
            html.Append($"<a class=\"speaker\" href=\"{Encode($"actors/{Uri.EscapeDataString(speaker.Id)}")}\">{Encode(speaker.Name)}</a>");
            if (!string.IsNullOrEmpty(statement.SpeakerRole)) html.Append($"<span class=\"role\">{Encode(statement.SpeakerRole)}</span>");
            // A speaker found this way is right less often than not: say so before someone quotes it.
            if (SpeakerConfidence.IsGuess(statement.Confidence))
                html.Append("<span class=\"speaker-guess\" title=\"Speaker guessed: check the article before quoting\">speaker?</span>");
        }
        // "The bill is expected to pass": an attribution with no source in the text at all.
        else if (statement.Source is null) html.Append("<span class=\"speaker unknown\">No named source</span>");
        // "A senior official said": the text describes the speaker without naming anyone.
        else if (statement.Resolution == "described") html.Append("<span class=\"speaker unknown\">Unnamed source</span>");
        else html.Append("<span class=\"speaker unknown\">Speaker unresolved</span>");
        var resolution = $"{statement.Kind} statement; speaker found by {statement.Resolution} ({statement.Confidence:P0} confidence)"
            + (statement.Cue is null ? "" : $"; cue: “{statement.Cue}”");
        html.Append($"<span class=\"kind kind-{Encode(statement.Kind)}\" title=\"{Encode(resolution)}\">{Encode(statement.Kind)}</span>");
        return html.ToString();
    }

    private static string QuoteHtml(StatementView statement)
    {
        var html = new StringBuilder("<blockquote class=\"quote-text\">", 64 + statement.Text.Length);
        // Reported speech reads right with its verb: "refuted criticism that…", "backed Roe's comments".
        if (statement.Kind != "direct" && !string.IsNullOrEmpty(statement.Cue))
            html.Append($"<span class=\"quote-cue\">{Encode(statement.Cue)}</span>");
        return html.Append(Encode(QuoteText.Display(statement))).Append("</blockquote>").ToString();
    }

    private static string Encode(string? value) => HtmlText.Encode(value);

    private sealed record Source(string Ago, MarkupString Html);

    private sealed record Body(string? Ago, MarkupString Plain, MarkupString New);
}
