using System.Text;
using Briefing.Core.Watchlists;

namespace Briefing.Cli.Generate;

/// <summary>An invented cast and invented articles for load and scale tests: names are built from made-up
/// syllables and places are fictional, so nothing is ever put in a real person's mouth. Topic words come from the
/// watch-list (never from code), so generated statements land on the topics the app tracks.</summary>
public sealed class FictionalWire
{
    private static readonly string[] FirstSyllables = ["Al", "Be", "Ca", "Do", "El", "Fa", "Go", "Ha", "Il", "Jo", "Ka", "Lu", "Ma", "Ne", "Or", "Pa", "Ri", "Sa", "Te", "Va"];
    private static readonly string[] FirstEndings = ["do", "ra", "na", "lin", "mar", "sto", "vik", "ena", "rio", "dra"];
    private static readonly string[] LastSyllables = ["Var", "Ost", "Kel", "Mor", "Dral", "Quin", "Tav", "Zel", "Brun", "Holm", "Sarn", "Vey"];
    private static readonly string[] LastEndings = ["ga", "rander", "wick", "avo", "enko", "ström", "ani", "eth", "ovar", "ling"];
    private static readonly string[] Countries = ["Veltria", "Ostmark Republic", "Kessaran", "Morvania", "Tellurin", "Serin Isles", "Dravonia", "Lumen Bay"];
    private static readonly string[] Roles = ["Foreign Minister", "Defence Minister", "Prime Minister", "President", "Finance Minister", "spokesperson", "ambassador", "opposition leader", "senator", "envoy"];
    private static readonly string[] Outlets = ["Harbour Courier", "Veltria Daily", "Kessaran Wire", "Morvania Post", "Serin Observer", "Test Wire"];
    private static readonly string[] Openers = ["we believe", "it is clear that", "our government thinks", "the people expect that", "nobody doubts that", "we have said all along that"];
    private static readonly string[] Tails = ["this year", "before the summit", "without delay", "for the region", "in the coming weeks", "for our partners", "at the next council", "whatever the cost"];
    private static readonly string[] Fillers = ["the harbour", "the grain corridor", "the ferry link", "fishing rights", "the river port", "rail freight", "the customs union", "energy prices", "the border crossing", "the canal toll"];
    private static readonly string[] Stances = ["must", "should", "will", "cannot", "will never", "may"];
    private static readonly string[] Verbs = ["go ahead", "be protected", "be reviewed", "stay open", "be expanded", "be reconsidered"];

    private readonly Random _random;
    private readonly IReadOnlyList<WatchedTopic> _topics;

    public FictionalWire(int seed, IReadOnlyList<WatchedTopic> topics)
    {
        _random = new Random(seed);
        _topics = topics;
    }

    /// <summary>A cast of <paramref name="count"/> distinct invented people.</summary>
    public IReadOnlyList<Person> Cast(int count)
    {
        var names = new HashSet<string>();
        var cast = new List<Person>(count);
        while (cast.Count < count)
        {
            var first = Pick(FirstSyllables) + Pick(FirstEndings);
            var last = Pick(LastSyllables) + Pick(LastEndings);
            var name = $"{first} {last}";
            if (!names.Add(name)) continue;
            cast.Add(new Person(name, last, Pick(Roles), Pick(Countries)));
        }
        return cast;
    }

    /// <summary>One article: 3–5 of the cast (popular ones more often) and ~10 statements between them.</summary>
    public GeneratedArticle Article(IReadOnlyList<Person> cast, int statementsPerArticle)
    {
        var speakers = Enumerable.Range(0, _random.Next(3, 6)).Select(_ => cast[Popular(cast.Count)]).Distinct().ToList();
        var place = Pick(Countries);
        var text = new StringBuilder();
        var statements = new List<GeneratedStatement>();
        var mentions = new List<(Person, int Start, int End)>();
        var title = $"{place}: {speakers[0].Name} on {Pick(Fillers)}";
        var count = Math.Max(1, statementsPerArticle + _random.Next(-2, 3));
        for (var i = 0; i < count; i++)
        {
            var speaker = speakers[_random.Next(speakers.Count)];
            if (text.Length > 0) text.Append(i % 3 == 0 ? "\n" : " ");
            var sentenceStart = text.Length;
            var content = Content();
            var direct = _random.NextDouble() < 0.6;
            int contentStart, nameStart, cueStart;
            if (direct)
            {
                text.Append('“');
                contentStart = text.Length;
                text.Append(char.ToUpperInvariant(content[0])).Append(content, 1, content.Length - 1);
                var contentEnd = text.Length;
                text.Append(",” ");
                nameStart = text.Length;
                text.Append(speaker.Name).Append(", ").Append(speaker.Role).Append(" of ").Append(speaker.Country).Append(", ");
                cueStart = text.Length;
                text.Append("said.");
                statements.Add(new(speaker, text.ToString(contentStart, contentEnd - contentStart), "direct", contentStart, contentEnd,
                    nameStart, nameStart + speaker.Name.Length, cueStart, cueStart + 4, sentenceStart, text.Length));
            }
            else
            {
                nameStart = text.Length;
                text.Append(speaker.Name).Append(' ');
                cueStart = text.Length;
                text.Append("said ");
                contentStart = text.Length;
                text.Append(content);
                var contentEnd = text.Length;
                text.Append('.');
                statements.Add(new(speaker, content, "indirect", contentStart, contentEnd,
                    nameStart, nameStart + speaker.Name.Length, cueStart, cueStart + 4, sentenceStart, text.Length));
            }
            mentions.Add((speaker, nameStart, nameStart + speaker.Name.Length));
        }
        return new GeneratedArticle(title, text.ToString(), Pick(Outlets), statements, mentions);
    }

    /// <summary>Roughly a third of statements carry a topic keyword and often a support or oppose cue.</summary>
    private string Content()
    {
        var subject = Pick(Fillers);
        if (_topics.Count > 0 && _random.NextDouble() < 0.35)
        {
            var topic = _topics[_random.Next(_topics.Count)];
            var keyword = PlainWord(topic.Keywords);
            var cues = (_random.NextDouble() < 0.5 ? topic.SupportCues : topic.OpposeCues) ?? [];
            var cue = _random.NextDouble() < 0.7 ? PlainWord(cues) : null;
            subject = cue is null ? keyword : $"{keyword} ({cue})";
        }
        return $"{Pick(Openers)} {subject} {Pick(Stances)} {Pick(Verbs)} {Pick(Tails)}";
    }

    private string PlainWord(IReadOnlyList<string> words)
    {
        if (words.Count == 0) return Pick(Fillers);
        var word = words[_random.Next(words.Count)];
        return word.TrimEnd('*');
    }

    /// <summary>A skewed pick: a few actors speak often, most rarely (as on a real wire).</summary>
    private int Popular(int count) => (int)Math.Min(count - 1, Math.Floor(count * Math.Pow(_random.NextDouble(), 2.0)));

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    public int Next(int max) => _random.Next(max);
}

public sealed record Person(string Name, string Surname, string Role, string Country);

public sealed record GeneratedStatement(Person Speaker, string Text, string Kind, int ContentStart, int ContentEnd,
    int SourceStart, int SourceEnd, int CueStart, int CueEnd, int SentenceStart, int SentenceEnd);

public sealed record GeneratedArticle(string Title, string Text, string Source, IReadOnlyList<GeneratedStatement> Statements,
    IReadOnlyList<(Person Person, int Start, int End)> Mentions);
