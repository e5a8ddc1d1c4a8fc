using Briefing.Core.Extraction.Lexicons;
using Briefing.Core.Extraction.Text;

namespace Briefing.Core.Extraction.Attribution;

/// <summary>WhatSubjectNamesQuote: "The group seeks to end levies through what it calls “sensible harbour laws.”" — the
/// quote after "what" + a subject + a naming verb is that subject's phrase, as annotators mark it, even inside another
/// statement's content and with an unresolved pronoun ("it") for its source.</summary>
internal sealed partial class Attributor
{
    private static readonly Lexicons.WordSet WhatNamingVerbs = Lexicon.Set("""
        call calls called dub dubs dubbed term terms termed
        """);

    /// <summary>The nested draft's source opens right after "what", its cue is a naming verb right before an opening
    /// quotation mark, and it quotes directly.</summary>
    private bool IsWhatSubjectNaming(Draft inner)
    {
        if (inner.Source is not { } source || inner.Cue is not { } cueSpan)
        {
            return false;
        }
        var first = FirstTokenAtChar(source.Start);
        var cue = FirstTokenAtChar(cueSpan.Start);
        return first > 0 && cue > first && cue + 1 < _doc.Tokens.Count && _doc.WordIs(first - 1, "what")
            && Lexicon.Has(WhatNamingVerbs, _doc.Word(cue)) && _doc.Tokens[cue + 1].Kind == TokenKind.QuoteOpen
            && QuotesDirectly(inner);
    }

    /// <summary>The outer content ends before "what"; when nothing of it comes before "what" ("denounced what he called
    /// “…”") or the outer speaker is the same ("Roe says voters are hungry for what she calls “…”"), the outer statement
    /// keeps the quote, as annotators mark it. Returns whether the outer was cut.</summary>
    private bool SplitOuterBeforeWhat(Draft inner)
    {
        var outer = Drafts[^1];
        var what = FirstTokenAtChar(inner.Source!.Value.Start) - 1;
        var end = what - 1;
        while (end >= 0 && _doc.Tokens[end].Kind == TokenKind.Punct)
        {
            end--;
        }
        if (outer.Content.Count != 1 || inner.Speaker is not null && inner.Speaker == outer.Speaker || end < 0 || _doc.Tokens[end].End <= outer.Start || _doc.Tokens[what].Start >= outer.End)
        {
            return false;
        }
        _firstContents.Remove(outer.Content[0]);
        outer.Content[0] = new TextSpan(outer.Start, _doc.Tokens[end].End);
        _firstContents.Add(outer.Content[0]);
        return true;
    }
}
