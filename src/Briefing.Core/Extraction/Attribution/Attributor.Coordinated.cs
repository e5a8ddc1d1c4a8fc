using Briefing.Core.Extraction.Cues;
using Briefing.Core.Extraction.Lexicons;
using Briefing.Core.Extraction.Text;

namespace Briefing.Core.Extraction.Attribution;

/// <summary>CoordinatedVerbSubject: "Roe shook her head and said, “No.”", "he laughed and said, “…”" — a cue after
/// "and" whose first verb is no cue has the subject of that verb, not the speaker of an earlier statement in the
/// sentence ("When asked whom she backed, Roe smiled and said …") and not nothing.</summary>
internal sealed partial class Attributor
{
    private const int MaxCoordinatedVerbPhrase = 8;

    /// <summary>The name or pronoun right before the nearest lower-case word left of "and", within a short verb phrase
    /// of the same clause (no punctuation, quote or clause word in between); null when there is none.</summary>
    private SourcePhrase? CoordinatedVerbSubject(Cue cue, Sentence sentence)
    {
        var and = cue.First - 1;
        if (and <= sentence.First || !_doc.WordIs(and, "and"))
        {
            return null;
        }
        for (var k = and - 1; k > sentence.First && and - k <= MaxCoordinatedVerbPhrase; k--)
        {
            var tok = _doc.Tokens[k];
            if (tok.Kind != TokenKind.Word || tok.InQuote || Lexicon.Has(NotSourceWords, _doc.Word(k)))
            {
                return null;
            }
            // "…, Ohio the candidate went on and said": the subject is no name right before a determiner.
            if (tok.Capitalized || Lexicon.Has(Determiners, _doc.Word(k)))
            {
                continue;
            }
            var subject = k - 1;
            if (_doc.Tokens[subject] is { Kind: TokenKind.Word, InQuote: false } && Lexicon.IsSubjectPronoun(_doc.Word(subject), out _)
                && OpensClause(subject, sentence))
            {
                return new SourcePhrase(subject, k, subject, k, false);
            }
            if (_actors.TokenActor[subject] >= 0 && _actors.RunEnd[subject] == k && _actors.RunStart[subject] is var first && first >= sentence.First
                && OpensClause(first, sentence) && !IsPossessive(subject))
            {
                return new SourcePhrase(first, k, first, k, false);
            }
        }
        return null;
    }

    /// <summary>The subject opens its clause (sentence start, comma, semicolon or a main-clause word before it): "Iran's
    /// tests and pledged", "complained Roe had … and questioned" have no subject of the coordinated verb there.</summary>
    private bool OpensClause(int first, Sentence sentence) =>
        first == sentence.First || _doc.IsChar(first - 1, ',') || _doc.IsChar(first - 1, ';')
        || _doc.Tokens[first - 1].Kind == TokenKind.Word && Lexicon.Has(MainClauseOpeners, _doc.Word(first - 1));

    // Words after which a subject opens a clause of its own; not "that" ("fear that Roe has … and warn": Roe does not
    // warn) and not prepositions ("made by Roe and said").
    private static readonly Lexicons.WordSet MainClauseOpeners = Lexicon.Set("""
        when while after before as because since if though although but and so then once until
        """);

    private static readonly Lexicons.WordSet Determiners = Lexicon.Set("the a an his her their its this these those");
}
