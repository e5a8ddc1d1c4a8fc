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
    public int Sentence { get; init; }
    public int Start => Content.Count == 0 ? 0 : Content[0].Start;
    public int End => Content.Count == 0 ? 0 : Content[^1].End;

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
