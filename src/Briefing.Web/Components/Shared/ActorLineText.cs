using Briefing.Data.Actors;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using MudBlazor;

namespace Briefing.Web.Components.Shared;

/// <summary>An actor's line (kind icon, name, role, statement count, NEW chip): its markup made once per actor view
/// and shared by every screen (the dashboard's "Key actors" hold the same immutable views on every circuit), written
/// as one element around that string (<see cref="Write"/>). As a component with a MudIcon inside, each line cost every
/// dashboard a component update on every new article even when it did not change. Everything from the actor is
/// HTML-encoded here; the icons are the library's own SVG constants.</summary>
public sealed class ActorLineText
{
    private static readonly RecentlyMade<ActorView, ActorLineText> Made = new(a => new ActorLineText(a), slots: 256);

    private readonly ActorView _actor;
    private readonly MarkupString _plain, _new;

    private ActorLineText(ActorView actor)
    {
        _actor = actor;
        var html = Html(actor);
        _plain = new MarkupString(html);
        _new = new MarkupString(html + HtmlText.NewChip);
    }

    public static ActorLineText Of(ActorView actor) => Made.Of(actor);

    public string Id => _actor.Id;

    /// <summary>Writes the line; <paramref name="key"/> keys it in a list written inline.</summary>
    public void Write(RenderTreeBuilder builder, bool isNew, string? key = null)
    {
        builder.OpenElement(2000, "div");
        if (key is not null) builder.SetKey(key);
        builder.AddAttribute(2001, "class", isNew ? "actor-line is-new" : "actor-line");
        builder.AddAttribute(2002, "data-actor-id", _actor.Id);
        builder.AddMarkupContent(2003, (isNew ? _new : _plain).Value);
        builder.CloseElement();
    }

    private static string Html(ActorView actor)
    {
        var icon = actor.Kind switch
        {
            "person" => Icons.Material.Filled.Person,
            "organization" => Icons.Material.Filled.AccountBalance,
            _ => Icons.Material.Filled.Public,
        };
        var description = ActorText.Describe(actor.Role, actor.Affiliation);
        var href = $"actors/{Uri.EscapeDataString(actor.Id)}";
        return $"<svg class=\"mud-icon-root mud-icon-default mud-svg-icon mud-icon-size-small actor-kind\" focusable=\"false\" " +
               $"viewBox=\"0 0 24 24\" aria-hidden=\"true\" role=\"img\"><title>{HtmlText.Encode(actor.Kind)}</title>{icon}</svg>" +
               $"<div class=\"actor-text\"><a class=\"actor-name\" href=\"{HtmlText.Encode(href)}\">{HtmlText.Encode(actor.Name)}</a>" +
               (description.Length > 0 ? $"<span class=\"actor-role\">{HtmlText.Encode(description)}</span>" : "") + "</div>" +
               (actor.StatementCount > 0 ? $"<span class=\"count-chip\" title=\"Statements attributed\">{actor.StatementCount}</span>" : "");
    }
}
