namespace Briefing.Core.Extraction;

/// <summary>A half-open range [Start, End) of UTF-16 offsets into the text that was extracted.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;
    public string Of(string text) => text[Start..End];
}

public enum ActorKind { Person, Organization, Place }

/// <summary>Direct: the whole content is inside quotation marks. Mixed: part of it is. Indirect: reported speech.
/// Belief: a position or attitude ("backs", "opposes", "wants") rather than speech.</summary>
public enum StatementKind { Direct, Mixed, Indirect, Belief }

/// <summary>How the speaker of a statement was found, so an analyst can judge the attribution.</summary>
public enum SpeakerResolution
{
    /// <summary>The full name stands beside the cue.</summary>
    Named,
    /// <summary>A surname (or other short form) referring back to a full name.</summary>
    Surname,
    /// <summary>A title or description ("the secretary", "the newspaper") referring back.</summary>
    Title,
    /// <summary>An appositive ("Josh Earnest, a White House spokesman, said").</summary>
    Appositive,
    /// <summary>A pronoun resolved to an earlier person.</summary>
    Pronoun,
    /// <summary>No cue nearby: the speaker carried over from an earlier sentence or paragraph.</summary>
    EarlierParagraph,
    /// <summary>The speaker could not be resolved; the statement has no speaker.</summary>
    Unresolved,
    /// <summary>The source only describes an unnamed speaker ("a senior official", "two aides"): by design no actor.</summary>
    Described,
}

/// <summary>An actor found in one article. <see cref="Key"/> identifies it within the extraction.</summary>
public sealed record ExtractedActor(
    string Key,
    string Name,
    ActorKind Kind,
    string? Role,
    string? Affiliation,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<TextSpan> Mentions);

/// <summary>One attribution: who (source / speaker), the cue, and what (content, possibly in several fragments).</summary>
public sealed record ExtractedStatement(
    IReadOnlyList<TextSpan> Content,
    string Text,
    StatementKind Kind,
    TextSpan? Cue,
    string? CueText,
    TextSpan? Source,
    string? SpeakerKey,
    SpeakerResolution Resolution,
    double Confidence,
    TextSpan Sentence);

/// <summary>Everything the pipeline read out of one text. Offsets index the text given to the extractor.</summary>
public sealed record ArticleExtraction(
    IReadOnlyList<TextSpan> Sentences,
    IReadOnlyList<ExtractedActor> Actors,
    IReadOnlyList<ExtractedStatement> Statements)
{
    public static readonly ArticleExtraction Empty = new([], [], []);

    public ExtractedActor? Speaker(ExtractedStatement statement) =>
        statement.SpeakerKey is null ? null : Actors.FirstOrDefault(a => a.Key == statement.SpeakerKey);
}
