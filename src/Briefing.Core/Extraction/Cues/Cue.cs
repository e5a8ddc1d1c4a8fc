using Briefing.Core.Extraction.Lexicons;

namespace Briefing.Core.Extraction.Cues;

internal enum CueForm : byte { Verb, AccordingTo }

/// <summary>An attribution cue: tokens [First, Last) outside quotes.</summary>
internal readonly record struct Cue(int First, int Last, CueFlags Flags, CueForm Form)
{
    public bool IsBelief => (Flags & CueFlags.Belief) != 0;
}
