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
        if (p.NameLast - p.NameFirst == 1 && (Lexicon.IsSubjectPronoun(head, out var gender)
                || rules.Uses(ExtractionRule.ContractedPronounSubject) && Lexicon.IsContractedPronoun(head, out gender)))
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
        // The last named token in the phrase ("a spokesman for Roe" names Roe only as a modifier: take the head).
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
        // "a senior official", "two aides", "officials", "Critics": a description introduces an unnamed source. It keeps
        // its source span but never becomes an actor, and never borrows the last actor who had that role.
        if (rules.Uses(ExtractionRule.DescriptorSource) && IsDescriptor(p, head))
        {
            return (null, SpeakerResolution.Described);
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
        // Same sentence first: "As Roe took questions…, she pushed back".
        if (FirstPersonIn(sentence.First, token, gender) is { } here)
        {
            return here;
        }
        if (!rules.Uses(ExtractionRule.PronounSalience))
        {
            // Without salience (the rule before it): the last speaker within two sentences, else the first person of
            // the nearest of the six sentences before.
            if (lastDraft?.Speaker is { Kind: ActorKind.Person } last && s - lastDraft.Sentence <= 2 && Agrees(last, gender))
            {
                return last;
            }
            for (var k = s - 1; k >= 0 && s - k <= 6; k--)
            {
                if (FirstPersonIn(doc.Sentences[k].First, doc.Sentences[k].Last, gender) is { } a)
                {
                    return a;
                }
            }
            return null;
        }
        // Salience: the nearest earlier sentence that mentions an agreeing person decides; the last speaker wins when
        // it spoke at least that recently, otherwise that sentence's subject (its first person). Nothing within
        // reach: unresolved rather than a distant, likely wrong name.
        var speaker = lastDraft?.Speaker is { Kind: ActorKind.Person } ls && Agrees(ls, gender) ? ls : null;
        var reach = MaxPronounDistance;
        for (var k = s - 1; k >= 0 && s - k <= reach; k--)
        {
            if (speaker is not null && lastDraft!.Sentence >= k)
            {
                return speaker;
            }
            // "Roe said. She has faced … Poe …. She said": a sentence whose subject is the same pronoun continues the
            // same person, so its other names are no antecedents; look further back.
            if (OpensWithPronoun(doc.Sentences[k], gender) && reach < 2 * MaxPronounDistance)
            {
                reach++;
                continue;
            }
            if (FirstPersonIn(doc.Sentences[k].First, doc.Sentences[k].Last, gender) is { } a)
            {
                return a;
            }
        }
        return null;
    }

    private const int MaxPronounDistance = 3;

    private bool OpensWithPronoun(Sentence sentence, Gender gender)
    {
        var t = sentence.First;
        while (t < sentence.Last && (doc.Tokens[t].Kind != TokenKind.Word || doc.Tokens[t].InQuote || doc.WordIs(t, "and") || doc.WordIs(t, "but")))
        {
            t++;
        }
        return t < sentence.Last && Lexicon.IsSubjectPronoun(doc.Word(t), out var g) && g == gender;
    }

    /// <summary>The first person in [first, last) whose gender is known to agree, else its first person of unknown gender.</summary>
    private ActorBuilder? FirstPersonIn(int first, int last, Gender gender)
    {
        ActorBuilder? unknown = null;
        for (var t = first; t < last; t++)
        {
            if (PersonAt(t, gender) is { } a)
            {
                if (a.Gender == gender)
                {
                    return a;
                }
                unknown ??= a;
            }
        }
        return unknown;
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

    /// <summary>"the minister" → the latest person whose role holds the word (and who agrees with a gendered word:
    /// "the spokeswoman"); "the ministry" → the latest organisation whose name holds it; "the company" → the latest
    /// organisation that is no public body.</summary>
    private ActorBuilder? ByRole(int token, ReadOnlySpan<char> head)
    {
        var gender = Lexicon.TitleGender(head);
        var company = Lexicon.Has(CompanyHeads, head);
        var s = sentenceOfToken[token];
        var from = doc.Sentences[Math.Max(0, s - 8)].First;
        for (var t = token - 1; t >= from; t--)
        {
            var idx = actors.TokenActor[t];
            if (idx < 0 || doc.Tokens[t].InQuote)
            {
                continue;
            }
            var a = actors.Actors[idx];
            if (a.Kind == ActorKind.Person && (a.Role?.AsSpan().Contains(head, StringComparison.OrdinalIgnoreCase) ?? false)
                && (gender == Gender.Unknown || Agrees(a, gender)))
            {
                return a;
            }
            if (a.Kind == ActorKind.Organization && (a.Name.AsSpan().Contains(head, StringComparison.OrdinalIgnoreCase) || company && !IsPublicBody(a.Name)))
            {
                return a;
            }
        }
        return null;
    }

    private static bool IsPublicBody(string name)
    {
        foreach (var w in name.Split(' '))
        {
            if (Lexicon.Has(PublicBodyWords, w))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>An indefinite or bare-plural description: "a senior official", "one aide", "some critics", "officials".</summary>
    private bool IsDescriptor(SourcePhrase p, ReadOnlySpan<char> head)
    {
        if (!Lexicon.IsSpeakerNoun(head) || actors.TokenActor[p.NameLast - 1] >= 0)
        {
            return false;
        }
        var first = doc.Word(p.NameFirst);
        if (Lexicon.Has(Indefinites, first) || doc.Tokens[p.NameFirst].Kind == TokenKind.Number)
        {
            return true;
        }
        // A bare plural ("officials said", "Critics say"): no determiner, no name.
        for (var t = p.NameFirst; t < p.NameLast - 1; t++)
        {
            if (actors.TokenActor[t] >= 0 || Lexicon.Has(Definites, doc.Word(t)))
            {
                return false;
            }
        }
        return !Lexicon.Has(Definites, first) && head.EndsWith("s", StringComparison.OrdinalIgnoreCase) && !head.EndsWith("ss", StringComparison.OrdinalIgnoreCase);
    }

    private static readonly Lexicons.WordSet Indefinites = Lexicon.Set("""
        a an one two three four five six seven eight nine ten some several many most few other another numerous dozens
        hundreds thousands various multiple
        """);

    private static readonly Lexicons.WordSet Definites = Lexicon.Set("the this that these those his her their its our my your");

    private static readonly Lexicons.WordSet CompanyHeads = Lexicon.Set("""
        company firm corporation business carrier airline bank lender retailer manufacturer maker operator insurer
        conglomerate startup group
        """);

    private static readonly Lexicons.WordSet PublicBodyWords = Lexicon.Set("""
        Ministry Department Party Parliament Congress Senate House Court Committee Council Agency Commission Office
        Government Administration University Police Army Navy Force Guard Times Post News Journal Press Network Tribune
        Herald Gazette Magazine Reuters Campaign Union
        """);
}
