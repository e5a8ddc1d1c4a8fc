namespace Briefing.Web.Wall;

/// <summary>Defaults for wall screens (Briefing:Wall:*); every one can be overridden in the wall's URL.</summary>
public sealed class WallOptions
{
    public int RotateSeconds { get; set; } = 30;
    public int FlashSeconds { get; set; } = 10;
    public int StaleMinutes { get; set; } = 15;
    public int ActivityHours { get; set; } = 6;
    public int MaxItems { get; set; } = 8;

    /// <summary>A speaker's name shows on the wall only at this confidence or above (percent; the extractor's
    /// confidence is the share of such speakers found right on PolNeAR train). Below it the quote shows as
    /// "Speaker unconfirmed" and never flashes as a pinned actor's: across a room a wrong name is worse than none.
    /// The default hides speakers carried over from an earlier paragraph (right about a third of the time).</summary>
    public int MinSpeakerConfidence { get; set; } = DefaultMinSpeakerConfidence;

    public const int DefaultMinSpeakerConfidence = (int)(Briefing.Core.Extraction.SpeakerConfidence.Guess * 100);
}
