using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Briefing.Web.Components.Shared;

/// <summary>Encoding for the markup that live rows make once and share between screens (<see cref="QuoteCardText"/>,
/// the dashboard's article and actor lines): everything from an article, a statement or an actor goes through
/// <see cref="Encode"/> before it is put in markup.</summary>
public static class HtmlText
{
    // Encodes what HTML needs (& < > " ' and the like), not every non-ASCII letter: the markup stays as short as the text.
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Encode(string? value) => value is null ? "" : Html.Encode(value);

    /// <summary>The NEW chip a live row carries while it is fresh.</summary>
    public const string NewChip = "<span class=\"new-chip\">NEW</span>";
}
