using Briefing.Core.Extraction.Actors;
using Briefing.Core.Extraction.Lexicons;
using Briefing.Core.Extraction.Text;

namespace Briefing.Core.Extraction.Attribution;

/// <summary>Turns a source phrase into an actor: names and surnames through the actor table, pronouns to the
/// subject-most person of the nearest earlier sentence that agrees in gender (preferring the last speaker),
/// "who" to the name before it, descriptions ("the secretary") to the last actor holding that role.</summary>
internal sealed class SpeakerResolver(Document doc, ActorTable actors, int[] sentenceOfToken, ExtractorSettings rules)
{
    public (ActorBuilder? Actor, SpeakerResolution How) Resolve(SourcePhrase p, Draft? lastDraft)
    {
        var head = doc.Word(p.NameLast - 1);
        if (p.NameLast - p.NameFirst == 1 && Lexicon.IsSubjectPronoun(head, out var gender))
        {
            if (head.Equals("who", StringComparison.OrdinalIgnoreCase))
            {
                return Antecedent(p.NameFirst);
            }
            if (gender is Gender.Male or Gender.Female)
            {
                var a = Pronoun(p.NameFirst, gender, lastDraft);
                return (a, a is null ? SpeakerResolution.Unresolved : SpeakerResolution.Pronoun);
            }
            if (head.Equals("they", StringComparison.OrdinalIgnoreCase) || head.Equals("it", StringComparison.OrdinalIgnoreCase))
            {
                var org = RecentOrganisation(p.NameFirst);
                return (org, org is null ? SpeakerResolution.Unresolved : SpeakerResolution.Pronoun);
            }
            return (null, SpeakerResolution.Unresolved);
        }
        // The last named token in the phrase ("a spokesman for Trump" names Trump only as a modifier: take the head).
        for (var t = p.NameLast - 1; t >= p.NameFirst; t--)
        {
            var idx = actors.TokenActor[t];
            if (idx >= 0)
            {
                var a = actors.Actors[idx];
                if (t == p.NameLast - 1 || a.Kind == ActorKind.Person)
                {
                    var single = actors.RunEnd[t] - actors.RunStart[t] == 1 && a.Name.Contains(' ');
                    var how = p.Appositive ? SpeakerResolution.Appositive : single ? SpeakerResolution.Surname : SpeakerResolution.Named;
                    return (a, how);
                }
                break;
            }
        }
        var last = doc.Tokens[p.NameLast - 1];
        if (last.Capitalized && !Lexicon.IsCapitalisedNonName(head))
        {
            var start = p.NameLast - 1;
            while (start > p.NameFirst && doc.Tokens[start - 1].Capitalized)
            {
                start--;
            }
            if (actors.Speaker(start, p.NameLast) is { } created)
            {
                return (created, SpeakerResolution.Named);
            }
        }
        if (rules.Uses(ExtractionRule.NominalAnaphora) && (Lexicon.IsCoreTitle(head) || Lexicon.IsSpeakerNoun(head)))
        {
            var a = ByRole(p.NameFirst, head);
            return (a, a is null ? SpeakerResolution.Unresolved : SpeakerResolution.Title);
        }
        return (null, SpeakerResolution.Unresolved);
    }

    private (ActorBuilder?, SpeakerResolution) Antecedent(int who)
    {
        // The nearest person before "who" in the same sentence ("Marc Morial, the chief of X, who said").
        var first = doc.Sentences[sentenceOfToken[who]].First;
        for (var j = who - 1; j >= first && who - j < 30; j--)
        {
            if (actors.TokenActor[j] is var idx and >= 0 && !doc.Tokens[j].InQuote
                && (actors.Actors[idx].Kind == ActorKind.Person || j == who - 2))
            {
                return (actors.Actors[idx], SpeakerResolution.Named);
            }
        }
        return (null, SpeakerResolution.Unresolved);
    }

    public ActorBuilder? Pronoun(int token, Gender gender, Draft? lastDraft)
    {
        var s = sentenceOfToken[token];
        var sentence = doc.Sentences[s];
        // Same sentence first: "As Hegseth took questions…, he pushed back".
        for (var t = sentence.First; t < token; t++)
        {
            if (PersonAt(t, gender) is { } a)
            {
                return a;
            }
        }
        if (rules.Uses(ExtractionRule.PronounSalience) && lastDraft?.Speaker is { Kind: ActorKind.Person } speaker && s - lastDraft.Sentence <= 2 && Agrees(speaker, gender))
        {
            return speaker;
        }
        for (var k = s - 1; k >= 0 && s - k <= 6; k--)
        {
            var prev = doc.Sentences[k];
            for (var t = prev.First; t < prev.Last; t++)
            {
                if (PersonAt(t, gender) is { } a)
                {
                    return a;
                }
            }
        }
        return null;
    }

    private ActorBuilder? PersonAt(int t, Gender gender)
    {
        var idx = actors.TokenActor[t];
        if (idx < 0 || doc.Tokens[t].InQuote)
        {
            return null;
        }
        var a = actors.Actors[idx];
        return a.Kind == ActorKind.Person && Agrees(a, gender) ? a : null;
    }

    private static bool Agrees(ActorBuilder a, Gender g) => a.Gender == Gender.Unknown || a.Gender == g;

    private ActorBuilder? RecentOrganisation(int token)
    {
        var s = sentenceOfToken[token];
        var from = doc.Sentences[Math.Max(0, s - 1)].First;
        for (var t = token - 1; t >= from; t--)
        {
            var idx = actors.TokenActor[t];
            if (idx >= 0 && actors.Actors[idx].Kind == ActorKind.Organization && !doc.Tokens[t].InQuote)
            {
                return actors.Actors[idx];
            }
        }
        return null;
    }

    /// <summary>"the secretary" → the latest actor whose role or name contains the word.</summary>
    private ActorBuilder? ByRole(int token, ReadOnlySpan<char> head)
    {
        var s = sentenceOfToken[token];
        var from = doc.Sentences[Math.Max(0, s - 8)].First;
        for (var t = token - 1; t >= from; t--)
        {
            var idx = actors.TokenActor[t];
            if (idx < 0)
            {
                continue;
            }
            var a = actors.Actors[idx];
            if ((a.Role?.AsSpan().Contains(head, StringComparison.OrdinalIgnoreCase) ?? false)
                || (a.Kind == ActorKind.Organization && a.Name.AsSpan().Contains(head, StringComparison.OrdinalIgnoreCase)))
            {
                return a;
            }
        }
        return null;
    }
}
