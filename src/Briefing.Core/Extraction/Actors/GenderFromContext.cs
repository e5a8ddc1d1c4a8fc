using Briefing.Core.Extraction.Lexicons;
using Briefing.Core.Extraction.Text;

namespace Briefing.Core.Extraction.Actors;

/// <summary>The gender of a person whose title does not say it, from how the article refers back to them: the first
/// subject pronoun (he or she; possessives are too often someone else's) after a mention (in that sentence or the next, outside quotes, with no other person named in
/// between) is a vote; the majority decides. General means instead of a list of first names picked from one corpus.</summary>
internal static class GenderFromContext
{
    public static void Infer(Document doc, ActorTable table)
    {
        var male = new int[table.Actors.Count];
        var female = new int[table.Actors.Count];
        for (var s = 0; s < doc.Sentences.Count; s++)
        {
            var sentence = doc.Sentences[s];
            var limit = s + 1 < doc.Sentences.Count ? doc.Sentences[s + 1].Last : sentence.Last;
            for (var t = sentence.First; t < sentence.Last; t++)
            {
                var a = table.TokenActor[t];
                if (a < 0 || table.RunEnd[t] != t + 1 || table.Actors[a].Kind != ActorKind.Person || table.Actors[a].Gender != Gender.Unknown)
                {
                    continue;
                }
                switch (NextPronoun(doc, table, t + 1, limit, a))
                {
                    case Gender.Male:
                        male[a]++;
                        break;
                    case Gender.Female:
                        female[a]++;
                        break;
                }
            }
        }
        foreach (var actor in table.Actors)
        {
            if (actor.Gender == Gender.Unknown && male[actor.Index] != female[actor.Index])
            {
                actor.Gender = male[actor.Index] > female[actor.Index] ? Gender.Male : Gender.Female;
            }
        }
    }

    private static Gender NextPronoun(Document doc, ActorTable table, int from, int limit, int actor)
    {
        // Bounded, so a text without full stops stays linear.
        for (var k = from; k < limit && k - from < MaxDistance; k++)
        {
            if (doc.Tokens[k].InQuote || doc.Tokens[k].Kind != TokenKind.Word)
            {
                continue;
            }
            var other = table.TokenActor[k];
            if (other >= 0 && other != actor && table.Actors[other].Kind == ActorKind.Person)
            {
                return Gender.Unknown;
            }
            // Plain comparisons, not set lookups: this runs for up to MaxDistance tokens after every mention.
            var w = doc.Word(k);
            if (w.Length == 2 && w.Equals("he", StringComparison.OrdinalIgnoreCase))
            {
                return Gender.Male;
            }
            if (w.Length == 3 && w.Equals("she", StringComparison.OrdinalIgnoreCase))
            {
                return Gender.Female;
            }
        }
        return Gender.Unknown;
    }

    private const int MaxDistance = 60;

}
