namespace Briefing.Data.Actors;

/// <summary>An actor as the API and the UI show it.</summary>
public sealed record ActorView(
    string Id,
    string Name,
    string Kind,
    string? Role,
    string? Affiliation,
    IReadOnlyList<string> Aliases,
    int StatementCount);

/// <summary>The short reference to an actor that travels with a statement.</summary>
public sealed record ActorRef(string Id, string Name);
