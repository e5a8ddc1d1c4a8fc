using System.Collections.Frozen;
using Briefing.Core.Extraction.Lexicons;
using Briefing.Core.Extraction.Text;

namespace Briefing.Core.Extraction.Attribution;

/// <summary>A source phrase: tokens [First, Last); [NameFirst, NameLast) is the part that names the speaker
/// (the name before an appositive, or the whole phrase).</summary>
internal readonly record struct SourcePhrase(int First, int Last, int NameFirst, int NameLast, bool Appositive);

/// <summary>Finds the noun phrase that speaks: left of the cue ("Jane Roe said", "he pushed back",
/// "Josh Earnest, a White House spokesman, said") or right of it in inversions ("…,” said the official).</summary>
internal static class SourceFinder
{
    // Words between a subject and its verb: "Roe also said", "Roe has long argued".
    private static readonly Lexicons.WordSet Skippable = Lexicon.Set("""
        also has have had later previously then once recently repeatedly reportedly often never already still again
        publicly privately frequently flatly simply quickly long since initially first further just even only
        similarly separately would will could might may did does do too immediately firmly strongly openly explicitly
        specifically subsequently ultimately eventually finally earlier now not n't always widely generally herself
        himself themselves itself directly emphatically angrily bluntly proudly quietly loudly famously
        """);

    private static readonly Lexicons.WordSet TimePrepositions = Lexicon.Set("on in at last this earlier late early");

    // Words allowed inside a source phrase besides capitalised words and speaker nouns.
    private static readonly Lexicons.WordSet Inner = Lexicon.Set("""
        the a an of for at 's his her their its our former top senior chief longtime fellow other white house
        two three four five several both many some most new local state federal national campaign's one
        """);

    private static readonly Lexicons.WordSet ParentheticalOpeners = Lexicon.Set("in during at on after before from with despite amid like unlike");

    private static readonly Lexicons.WordSet Determiners = Lexicon.Set("the a an his her their its our this that these those one two three");

    /// <param name="contractions">ContractedPronounSubject: "he’s hoping", "they've said" have a pronoun subject.</param>
    /// <param name="parentheticals">ParentheticalPhrase: "Roe, facing a race in Ohio, said" skips the aside to Roe.</param>
    /// <param name="roleBeforeName">RoleBeforeName: "His campaign manager, Jeff Warde, said" — the role and the name.</param>
    public static SourcePhrase? Left(Document doc, int cue, int sentenceFirst, Func<int, bool>? isPerson = null, bool contractions = false, bool parentheticals = false,
        bool roleBeforeName = false)
    {
        var j = cue - 1;
        var guard = 0;
        while (j >= sentenceFirst && guard++ < 12)
        {
            var w = doc.Word(j);
            var tok = doc.Tokens[j];
            if (tok.InQuote)
            {
                return null;
            }
            if (tok.Kind == TokenKind.Word && (Lexicon.Has(Skippable, w) || parentheticals && !tok.Capitalized && Lexicon.IsVerbAdverb(w)))
            {
                j--;
                continue;
            }
            if (tok.Kind == TokenKind.Number || (tok.Kind == TokenKind.Word && Lexicon.IsTimeWord(w)))
            {
                j--;
                if (j >= sentenceFirst && Lexicon.Has(TimePrepositions, doc.Word(j)))
                {
                    j--;
                }
                continue;
            }
            if (doc.IsChar(j, ')'))
            {
                var k = j - 1;
                while (k > sentenceFirst && j - k < 10 && !doc.IsChar(k, '('))
                {
                    k--;
                }
                if (!doc.IsChar(k, '('))
                {
                    return null;
                }
                var inner = Left(doc, k, sentenceFirst, isPerson, contractions, parentheticals, roleBeforeName);
                return inner is { } p ? p with { Last = j + 1 } : null;
            }
            break;
        }
        if (j < sentenceFirst)
        {
            return null;
        }
        if (doc.IsChar(j, ','))
        {
            return (roleBeforeName ? RoleBeforeName(doc, j, sentenceFirst) : null) ?? Appositive(doc, j, sentenceFirst, isPerson, parentheticals);
        }
        if (contractions && doc.Tokens[j].Kind == TokenKind.Word && Lexicon.IsContractedPronoun(doc.Word(j), out _))
        {
            return new SourcePhrase(j, j + 1, j, j + 1, false);
        }
        return PhraseEndingAt(doc, j, sentenceFirst);
    }

    // Words that open a role phrase before a name: "a spokeswoman, …", "His campaign manager, …", "One of his aides, …".
    private static readonly Lexicons.WordSet RoleOpeners = Lexicon.Set("a an the his her its their our my your one another");

    /// <summary>RoleBeforeName: "The plan will fail, a spokeswoman, Ann Marsh, said." / "His campaign manager, Jeff Warde,
    /// says …" — a capitalised name between two commas after a lower-case role phrase that opens its clause: the role
    /// and the name are the source, the name names the speaker. The role must end in a lower-case word ("Rachel Berg,
    /// a philanthropist from Monsey, New York, said" ends in a place) and open with a determiner or a possessive.</summary>
    private static SourcePhrase? RoleBeforeName(Document doc, int comma, int sentenceFirst)
    {
        var nameLast = comma;
        var k = comma - 1;
        while (k >= sentenceFirst && comma - k <= 5 && doc.Tokens[k].Kind == TokenKind.Word && doc.Tokens[k].Capitalized && !doc.Tokens[k].InQuote
               && !Lexicon.IsCapitalisedNonName(doc.Word(k)))
        {
            k--;
        }
        // k is the comma between the role and the name; at least two name words ("Ann Marsh"), or one with a role.
        if (k < sentenceFirst + 2 || k == comma - 1 || !doc.IsChar(k, ',') || comma - k - 1 < 2)
        {
            return null;
        }
        var roleLast = k - 1;
        var last = doc.Tokens[roleLast];
        if (last.Kind != TokenKind.Word || last.InQuote || last.Capitalized || Lexicon.IsSubjectPronoun(doc.Word(roleLast), out _))
        {
            return null;
        }
        var first = roleLast;
        while (first - 1 >= sentenceFirst && roleLast - first < 7 && doc.Tokens[first - 1].Kind == TokenKind.Word && !doc.Tokens[first - 1].InQuote)
        {
            first--;
        }
        // The role opens its clause: the sentence start or a comma before it, and a determiner or possessive first.
        while (first < roleLast && !(Lexicon.Has(RoleOpeners, doc.Word(first)) || IsPossessive(doc.Word(first))))
        {
            first++;
        }
        var opensClause = first == sentenceFirst || first - 1 >= sentenceFirst && (doc.IsChar(first - 1, ',') || doc.Tokens[first - 1].Kind == TokenKind.QuoteClose);
        if (first == roleLast || !opensClause)
        {
            return null;
        }
        return new SourcePhrase(first, nameLast, k + 1, nameLast, true);
    }

    /// <summary>"Name, a spokesman for X, said" / "Roe, who …, said": the name before the first comma.</summary>
    private static SourcePhrase? Appositive(Document doc, int comma, int sentenceFirst, Func<int, bool>? isPerson, bool parentheticals)
    {
        SourcePhrase? fallback = null;
        // Long appositives hold commas of their own ("X, a fellow at Y and a former envoy, said"): keep looking
        // back for a person before settling for the nearest noun phrase.
        for (var k = comma - 1; k > sentenceFirst && comma - k < 45; k--)
        {
            var tok = doc.Tokens[k];
            if (tok.InQuote || tok.Kind == TokenKind.QuoteClose)
            {
                return null;
            }
            if (!doc.IsChar(k, ','))
            {
                continue;
            }
            var w = doc.Word(k + 1);
            var opensAppositive = Lexicon.Has(Determiners, w) || w.Equals("who", StringComparison.OrdinalIgnoreCase)
                || Lexicon.IsCoreTitle(w) || Lexicon.IsSpeakerNoun(w) || w.Equals("whose", StringComparison.OrdinalIgnoreCase)
                || w.Equals("the", StringComparison.OrdinalIgnoreCase) || doc.Tokens[k + 1].Kind == TokenKind.Number
                || IsPartyState(w);
            // "Roe, facing a challenge in Ohio, a swing state, said": a participle or prepositional phrase between
            // commas is parenthetical, so a phrase found inside it is no subject; the name before it is.
            var parenthetical = parentheticals && !opensAppositive && doc.Tokens[k + 1].Kind == TokenKind.Word && !doc.Tokens[k + 1].Capitalized
                && (Lexicon.Has(ParentheticalOpeners, w) || w.Length > 5 && w.EndsWith("ing", StringComparison.Ordinal));
            if (!opensAppositive && !parenthetical)
            {
                return fallback;
            }
            if (parenthetical)
            {
                fallback = null;
            }
            var name = PhraseEndingAt(doc, k - 1, sentenceFirst);
            if (name is not { } n)
            {
                return fallback;
            }
            var phrase = new SourcePhrase(n.First, parenthetical ? n.Last : comma, n.NameFirst, n.NameLast, !parenthetical);
            if (isPerson is null || isPerson(n.NameLast - 1))
            {
                return phrase;
            }
            fallback ??= phrase;
        }
        return fallback;
    }

    /// <summary>The longest plausible noun phrase ending at token <paramref name="end"/> (inclusive).</summary>
    public static SourcePhrase? PhraseEndingAt(Document doc, int end, int sentenceFirst)
    {
        if (end < sentenceFirst || doc.Tokens[end].Kind != TokenKind.Word || doc.Tokens[end].InQuote)
        {
            return null;
        }
        var head = doc.Word(end);
        if (IsPossessive(head))
        {
            return null;
        }
        if (Lexicon.IsSubjectPronoun(head, out _))
        {
            return new SourcePhrase(end, end + 1, end, end + 1, false);
        }
        if (!IsHead(doc, end))
        {
            return null;
        }
        var first = end;
        while (first - 1 >= sentenceFirst && end - first < 9)
        {
            var t = first - 1;
            var tok = doc.Tokens[t];
            if (tok.Kind != TokenKind.Word || tok.InQuote)
            {
                break;
            }
            var w = doc.Word(t);
            if (tok.Capitalized && !Lexicon.IsCapitalisedNonName(w) || Lexicon.IsSpeakerNoun(w) || Lexicon.Has(Inner, w)
                || w.Equals("The", StringComparison.Ordinal) || IsPossessive(w))
            {
                first = t;
                continue;
            }
            break;
        }
        // Do not start on a connector ("of", "for") or a bare conjunction.
        while (first < end && (doc.WordIs(first, "of") || doc.WordIs(first, "for") || doc.WordIs(first, "at")))
        {
            first++;
        }
        return new SourcePhrase(first, end + 1, first, end + 1, false);
    }

    /// <summary>Inverted source after the cue: "said Roe", "said the official", "said Sen. Ann Marsh".</summary>
    public static SourcePhrase? Right(Document doc, int afterCue, int sentenceLast)
    {
        var t = afterCue;
        if (t >= sentenceLast || doc.Tokens[t].Kind != TokenKind.Word || doc.Tokens[t].InQuote)
        {
            return null;
        }
        if (Lexicon.IsSubjectPronoun(doc.Word(t), out _))
        {
            return new SourcePhrase(t, t + 1, t, t + 1, false);
        }
        // "…, said of the plan": what follows is the topic, the speaker stands before the cue.
        if (doc.WordIs(t, "of") || doc.WordIs(t, "for") || doc.WordIs(t, "at"))
        {
            return null;
        }
        var end = t;
        while (end < sentenceLast && end - t < 9)
        {
            var tok = doc.Tokens[end];
            if (tok.Kind != TokenKind.Word || tok.InQuote)
            {
                break;
            }
            var w = doc.Word(end);
            if (tok.Capitalized && !Lexicon.IsTimeWord(w) || Lexicon.IsSpeakerNoun(w) || Lexicon.Has(Inner, w) || IsPossessive(w))
            {
                end++;
                continue;
            }
            break;
        }
        while (end > t && !IsHead(doc, end - 1))
        {
            end--;
        }
        if (end == t)
        {
            return null;
        }
        // The phrase must close the clause: "…," said Smith. / said Smith, a spokesman / said Smith on Monday.
        if (end < sentenceLast)
        {
            var next = doc.Tokens[end];
            var ok = next.Kind is TokenKind.Punct or TokenKind.QuoteOpen || Lexicon.IsTimeWord(doc.Word(end))
                || Lexicon.Has(TimePrepositions, doc.Word(end)) || doc.WordIs(end, "in") || doc.WordIs(end, "during");
            if (!ok)
            {
                return null;
            }
        }
        return new SourcePhrase(t, end, t, end, false);
    }

    /// <summary>"“…,” said Robert Roe of the Harbour delegation." / "said one longtime adviser to the mayor": after a
    /// quote the words up to the next punctuation name the speaker, even when they do not parse as one phrase.
    /// The name part is the first capitalised run, else the last word.</summary>
    public static SourcePhrase? RightLoose(Document doc, int afterCue, int sentenceLast)
    {
        var end = afterCue;
        while (end < sentenceLast && end - afterCue < 15 && doc.Tokens[end].Kind is TokenKind.Word or TokenKind.Number && !doc.Tokens[end].InQuote)
        {
            end++;
        }
        // It must open like a noun phrase and close the clause.
        // "“…,” said 9/11 widow Jane Roe": a short lower-case title before a name also opens one.
        var titledName = end - afterCue <= 6 && end > afterCue + 1 && doc.Tokens[end - 1].Capitalized && doc.Tokens[end - 2].Capitalized;
        if (end == afterCue || end - afterCue >= 15 || !(doc.Tokens[afterCue].Capitalized || Lexicon.Has(Determiners, doc.Word(afterCue)) || titledName)
            || doc.WordIs(afterCue, "that") || doc.WordIs(afterCue, "this") || end < sentenceLast && doc.Tokens[end].Kind != TokenKind.Punct)
        {
            return null;
        }
        for (var t = afterCue; t < end; t++)
        {
            if (doc.Tokens[t].Capitalized && !Lexicon.IsCapitalisedNonName(doc.Word(t)))
            {
                var k = t;
                while (k < end && doc.Tokens[k].Capitalized)
                {
                    k++;
                }
                return new SourcePhrase(afterCue, end, t, k, false);
            }
        }
        var head = afterCue;
        for (var t = afterCue; t < end; t++)
        {
            if (Lexicon.IsSpeakerNoun(doc.Word(t)))
            {
                head = t;
                break;
            }
        }
        return new SourcePhrase(afterCue, end, head, head + 1, false);
    }

    private static readonly Lexicons.WordSet NotRoleWords = Lexicon.Set("""
        that which who whom whose what when where whether if because is are was were be been has have had will would can
        could should may might must do does did not to for by with about on in at from of into over against their his her
        its our my your the a an this these those
        """);

    private static readonly Lexicons.WordSet NamePlacePrepositions = Lexicon.Set("in of at from on");

    /// <summary>"…, says political scientist Dora Sattel in Almaty." / "…, said lobbyist and strategist Carl Benn, a …":
    /// a few lower-case words of a role, then a capitalised name of two words or more that closes the clause (or goes on
    /// with "in"/"of" a place). The name is the name part.</summary>
    public static SourcePhrase? RightRoleAndName(Document doc, int afterCue, int sentenceLast)
    {
        var t = afterCue;
        while (t < sentenceLast && t - afterCue < 5 && doc.Tokens[t].Kind == TokenKind.Word && !doc.Tokens[t].InQuote && !doc.Tokens[t].Capitalized
               && !Lexicon.Has(NotRoleWords, doc.Word(t)) && !Lexicon.IsSubjectPronoun(doc.Word(t), out _) && !Lexicon.IsAuxiliary(doc.Word(t)))
        {
            t++;
        }
        var nameFirst = t;
        while (t < sentenceLast && t - nameFirst < 6 && !doc.Tokens[t].InQuote
               && (doc.Tokens[t].Kind == TokenKind.Word && doc.Tokens[t].Capitalized || doc.IsChar(t, '.') && t > nameFirst && t + 1 < sentenceLast && doc.Tokens[t + 1].Capitalized))
        {
            t++;
        }
        if (nameFirst == afterCue || t - nameFirst < 2 || !doc.Tokens[t - 1].Capitalized)
        {
            return null;
        }
        var closes = t >= sentenceLast || doc.Tokens[t].Kind == TokenKind.Punct || doc.Tokens[t].Kind == TokenKind.Word && Lexicon.Has(NamePlacePrepositions, doc.Word(t));
        return closes ? new SourcePhrase(afterCue, t, nameFirst, t, false) : null;
    }

    private static bool IsHead(Document doc, int t)
    {
        var tok = doc.Tokens[t];
        var w = doc.Word(t);
        if (tok.Kind != TokenKind.Word || tok.InQuote)
        {
            return false;
        }
        if (tok.Capitalized)
        {
            return !Lexicon.IsCapitalisedNonName(w) || w.Equals("Democrats", StringComparison.Ordinal)
                || w.Equals("Republicans", StringComparison.Ordinal) || w.Equals("Americans", StringComparison.Ordinal);
        }
        return Lexicon.IsSpeakerNoun(w) && !Lexicon.Has(Inner, w);
    }

    /// <summary>"R-Ky.", "D-Mass": the party-and-state tag of a lawmaker, an appositive.</summary>
    private static bool IsPartyState(ReadOnlySpan<char> w) => w.Length >= 3 && w[0] is 'R' or 'D' or 'I' && w[1] == '-' && char.IsUpper(w[2]);

    private static bool IsPossessive(ReadOnlySpan<char> w) => w.Length > 2 && w[^1] == 's' && w[^2] is '\'' or '\u2019';
}
