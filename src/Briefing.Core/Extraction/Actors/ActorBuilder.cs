using Briefing.Core.Extraction.Lexicons;

namespace Briefing.Core.Extraction.Actors;

/// <summary>A mutable actor while one article is read; frozen into <see cref="ExtractedActor"/> at the end.</summary>
internal sealed class ActorBuilder(int index, string name, ActorKind kind)
{
    public int Index { get; } = index;
    public string Name { get; set; } = name;
    public ActorKind Kind { get; set; } = kind;
    public string? Role { get; set; }
    public string? Affiliation { get; set; }
    public Gender Gender { get; set; }
    public bool Watched { get; set; }
    public List<string> Aliases { get; } = [];
    public List<TextSpan> Mentions { get; } = [];

    public string Surname => Name.Contains(' ') ? Name[(Name.LastIndexOf(' ') + 1)..] : Name;

    public void AddAlias(string alias)
    {
        if (alias != Name && !Aliases.Contains(alias))
        {
            Aliases.Add(alias);
        }
    }

    public ExtractedActor Freeze(string key) => new(key, Name, Kind, Role, Affiliation, Aliases.ToArray(), Mentions.ToArray());
}
