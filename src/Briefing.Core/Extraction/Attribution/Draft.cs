using Briefing.Core.Extraction.Actors;

namespace Briefing.Core.Extraction.Attribution;

/// <summary>A statement while it is being assembled; content fragments are character spans.</summary>
internal sealed class Draft
{
    public List<TextSpan> Content { get; } = [];
    public TextSpan? Cue { get; init; }
    public TextSpan? Source { get; set; }
    public ActorBuilder? Speaker { get; set; }
    public SpeakerResolution How { get; set; } = SpeakerResolution.Unresolved;
    public bool Belief { get; init; }
    public bool Participle { get; init; }
    public int Sentence { get; init; }
    public int Start => Content.Count == 0 ? 0 : Content[0].Start;
    public int End => Content.Count == 0 ? 0 : Content[^1].End;

    /// <summary>Every content fragment of <paramref name="inner"/> lies inside one of this draft's fragments.</summary>
    public bool Contains(Draft inner)
    {
        foreach (var c in inner.Content)
        {
            var inside = false;
            foreach (var o in Content)
            {
                inside |= o.Start <= c.Start && c.End <= o.End;
            }
            if (!inside)
            {
                return false;
            }
        }
        return true;
    }

    public bool Overlaps(TextSpan span)
    {
        foreach (var c in Content)
        {
            if (c.Overlaps(span))
            {
                return true;
            }
        }
        return false;
    }
}
