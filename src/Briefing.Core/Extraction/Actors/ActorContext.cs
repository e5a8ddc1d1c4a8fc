using Briefing.Core.Extraction.Lexicons;
using Briefing.Core.Extraction.Text;

namespace Briefing.Core.Extraction.Actors;

/// <summary>What the words around an actor's mentions say about it, once every actor is known: the role in an
/// appositive or a lower-case title ("Odile Brannock, the mayor,", "the mayor, Odile Brannock", "former aide Jane
/// Roe"), and the kind of an untitled name from the company it keeps ("Norvane spokeswoman", "Norvane's shares" →
/// organisation; only ever "in Veltria" → place). Gazetteer-free: general cue words only.</summary>
internal static class ActorContext
{
    private const int MaxRoleWords = 6;

    public static void Apply(Document doc, ActorTable table)
    {
        var orgCue = new bool[table.Actors.Count];
        var notPlace = new bool[table.Actors.Count];
        var placeCue = new bool[table.Actors.Count];
        for (var t = 0; t < doc.Tokens.Count; t++)
        {
            var idx = table.TokenActor[t];
            if (idx < 0 || table.RunStart[t] != t)
            {
                continue;
            }
            var actor = table.Actors[idx];
            var end = table.RunEnd[t];
            if (actor.Kind == ActorKind.Person && actor.Role is null)
            {
                actor.Role = RoleAfter(doc, end) ?? RoleBefore(doc, t);
            }
            orgCue[idx] |= OrganisationCueAfter(doc, end - 1, end);
            var before = t > 0 && doc.Tokens[t - 1].Paragraph == doc.Tokens[t].Paragraph ? doc.Word(t - 1) : default;
            if (Lexicon.Has(PlacePrepositions, before) && !EndsPossessive(doc.Word(end - 1)))
            {
                placeCue[idx] = true;
            }
            else
            {
                notPlace[idx] = true;
            }
        }
        foreach (var a in table.Actors)
        {
            if (a.Kind != ActorKind.Person || a.Watched || a.Gender != Gender.Unknown || a.Role is not null)
            {
                continue;
            }
            if (orgCue[a.Index])
            {
                a.Kind = ActorKind.Organization;
            }
            else if (placeCue[a.Index] && !notPlace[a.Index])
            {
                a.Kind = ActorKind.Place;
            }
        }
    }

    /// <summary>"Jane Roe, a voter, said" / "Aldo Varga, the Veltrian finance minister." → the words after the determiner.</summary>
    private static string? RoleAfter(Document doc, int end)
    {
        if (end + 2 >= doc.Tokens.Count || !doc.IsChar(end, ',') || !Lexicon.Has(Lexicon.Articles, doc.Word(end + 1)))
        {
            return null;
        }
        var first = end + 2;
        var k = first;
        while (k < doc.Tokens.Count && doc.Tokens[k].Kind == TokenKind.Word && !doc.Tokens[k].InQuote && k - first < MaxRoleWords
               && doc.Tokens[k].Paragraph == doc.Tokens[end].Paragraph && !IsClauseWord(doc.Word(k)))
        {
            k++;
        }
        var closes = k >= doc.Tokens.Count || doc.IsChar(k, ',') || doc.IsChar(k, '.') || doc.IsChar(k, ';');
        return closes && k > first && IsRoleHead(doc.Word(k - 1)) ? Text(doc, first, k) : null;
    }

    /// <summary>"the mayor, Odile Brannock," / "former aide Jane Roe" → the role words before the name.</summary>
    private static string? RoleBefore(Document doc, int first)
    {
        var k = first - 1;
        var comma = k >= 0 && doc.IsChar(k, ',');
        if (comma)
        {
            k--;
        }
        var last = k + 1;
        while (k >= 0 && last - k <= MaxRoleWords && doc.Tokens[k].Kind == TokenKind.Word && !doc.Tokens[k].InQuote
               && !Lexicon.Has(Lexicon.Articles, doc.Word(k)) && !IsClauseWord(doc.Word(k)) && (comma || !doc.Tokens[k].Capitalized))
        {
            k--;
        }
        var start = k + 1;
        if (start >= last || !IsRoleHead(doc.Word(last - 1)))
        {
            return null;
        }
        // With a comma the phrase must open with a determiner ("the mayor, Roe"), or it is a list ("Ohio, Roe").
        if (comma && !(k >= 0 && Lexicon.Has(Lexicon.Articles, doc.Word(k))))
        {
            return null;
        }
        return Text(doc, start, last);
    }

    private static bool IsRoleHead(ReadOnlySpan<char> w) =>
        Lexicon.IsCoreTitle(w) || Lexicon.IsTitle(w) || Lexicon.IsSpeakerNoun(w) && !w.EndsWith("s", StringComparison.OrdinalIgnoreCase)
        || Lexicon.Has(RoleHeads, w);

    private static bool IsClauseWord(ReadOnlySpan<char> w) =>
        Lexicon.CueOf(w) != CueFlags.None || Lexicon.Has(ClauseWords, w) || Lexicon.IsSubjectPronoun(w, out _);

    /// <summary>"Norvane spokeswoman", "Norvane's shares", "Norvane officials": words only organisations take.</summary>
    public static bool OrganisationCueAfter(Document doc, int last, int next)
    {
        if (next >= doc.Tokens.Count || doc.Tokens[next].Kind != TokenKind.Word || doc.Tokens[next].InQuote)
        {
            return false;
        }
        var w = doc.Word(next);
        return Lexicon.Has(OrganisationCues, w) && (EndsPossessive(doc.Word(last)) || !doc.Tokens[next].Capitalized || NameRun.IsAcronym(w));
    }

    private static bool EndsPossessive(ReadOnlySpan<char> w) => w.Length > 2 && w[^1] == 's' && w[^2] is '\'' or '\u2019';

    private static string Text(Document doc, int first, int last) => doc.Text[doc.Tokens[first].Start..doc.Tokens[last - 1].End];

    private static readonly Lexicons.WordSet ClauseWords = Lexicon.Set("""
        who whom which that and or but said says is was are were has have had will would
        """);

    private static readonly Lexicons.WordSet RoleHeads = Lexicon.Set("""
        master teacher farmer fisherman fisherwoman nurse engineer economist lawyer banker pilot driver owner chief
        head manager officer diplomat negotiator commissioner captain coach trader worker minister
        """);

    private static readonly Lexicons.WordSet PlacePrepositions = Lexicon.Set("in across throughout near");

    private static readonly Lexicons.WordSet OrganisationCues = Lexicon.Set("""
        spokesman spokeswoman spokesperson spokespeople officials executives shares stock employees headquarters
        CEO CFO chairman board subsidiary
        """);
}
