namespace Briefing.Core.Extraction;

/// <summary>What a statement's speaker confidence means to the screens and documents that name the speaker. The
/// confidence is the share of speakers found the same way that were right on PolNeAR train (see
/// docs/extraction-rules.md); below <see cref="Guess"/> a speaker is wrong more often than not (carried over from an
/// earlier paragraph: right about a third of the time), so it is shown as a guess or not named at all.</summary>
public static class SpeakerConfidence
{
    public const double Guess = 0.5;

    /// <summary>A named speaker found with less confidence than <see cref="Guess"/>.</summary>
    public static bool IsGuess(double confidence) => confidence < Guess;

    /// <summary>What a document says after a guessed speaker's name.</summary>
    public const string GuessNote = "speaker unconfirmed";
}
