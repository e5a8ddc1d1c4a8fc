namespace Briefing.Core.Positions;

internal enum CueClass : byte
{
    /// <summary>An evaluative predicate in favour: multiplies the clause polarity by +1.</summary>
    Support,
    /// <summary>An evaluative predicate against: multiplies the clause polarity by -1.</summary>
    Oppose,
    Negator,
    Hedge,
    /// <summary>Content that asserts the topic's proposition (summed, then multiplied with the predicates).</summary>
    ContentFor,
    ContentAgainst,
    /// <summary>A phrase that only blocks shorter cues inside it ("not only", "back to").</summary>
    Neutral,
}

internal readonly record struct CueEntry(string Phrase, CueClass Class, double Strength, bool Hedged = false);

/// <summary>The built-in, topic-independent stance lexicon. Strength is how clearly a cue shows a stance.
/// Phrase syntax as for topic keywords (<c>prefix*</c>, plurals automatic).</summary>
internal static class StanceLexicon
{
    /// <summary>Words that make a following "support" or "aid" a noun (help given), not the speaker's stance:
    /// "financial support", "further aid". A proper adjective before it ("Western support") is handled by the
    /// classifier's <c>IsPossessedNoun</c> rule.</summary>
    private static readonly string[] NounModifiers =
    [
        "military", "financial", "economic", "humanitarian", "political", "diplomatic", "public", "popular",
        "international", "foreign", "further", "continued", "continuing", "additional", "more", "less", "broad",
        "strong", "moral", "technical", "logistical", "material", "air", "fire", "life", "income", "price",
    ];

    private static string[] NounUses(params string[] nouns) =>
        [.. from noun in nouns from modifier in NounModifiers select $"{modifier} {noun}"];

    // Declared after NounModifiers: static fields initialise in text order.
    public static readonly CueEntry[] Entries =
    [
        // Explicit stance verbs.
        .. Many(CueClass.Support, 0.85, "support*", "back", "backed", "backing", "endors*", "welcom*", "favor*",
            "favour*", "in favor of", "in favour of", "champion*", "advocat*", "push* for", "call* for",
            "argu* for", "press* for", "applaud*", "prais*", "hail*", "commit* to", "stand* with", "stood with"),
        .. Many(CueClass.Oppose, 0.85, "oppos*", "reject*", "refus*", "rule out", "rules out", "ruled out",
            "ruling out", "condemn*", "denounc*", "veto", "vetoes", "vetoed", "object* to", "unacceptable",
            "warn* against", "push* back", "pushed back"),
        .. Many(CueClass.Oppose, 0.6, "against"),
        // Modal and evaluative predicates.
        .. Many(CueClass.Support, 0.75, "must", "vital", "essential", "crucial", "imperative", "insist* on",
            "interested in", "determined to", "ready to", "willing to", "open to", "keen to", "eager to",
            "want", "wants", "wanted", "wanting", "moving ahead", "move ahead", "moves ahead", "moved ahead",
            "moving forward", "move forward", "go ahead", "press ahead", "pressing ahead"),
        .. Many(CueClass.Support, 0.65, "should", "need to", "needs to", "needed to", "important", "necessary",
            "productive", "constructive", "hope*", "look* forward to", "agree* to", "agreed on"),
        .. Many(CueClass.Support, 0.55, "provid*", "deliver*", "increas*", "boost*", "strengthen*", "advanc*",
            "expand*", "progress", "positive", "good", "benefit*"),
        .. Many(CueClass.Oppose, 0.75, "refut*", "deny", "denies", "denied", "dismiss*", "criticize",
            "criticizes", "criticized", "criticizing", "criticise", "criticises", "criticised", "criticising", "false", "wrong", "ahistorical", "mistake", "misguided", "dangerous", "reckless",
            "absurd", "nonsense", "unrealistic", "fantasy", "illusion"),
        .. Hedged(CueClass.Oppose, 0.6, "unlikely", "doubt*", "skeptic*", "sceptic*", "improbable"),
        // Negation: flips the next cue or topic phrase within a few words.
        .. Many(CueClass.Negator, 0.75, "not", "no", "never", "neither", "nor", "cannot", "no longer", "nothing",
            "none", "nobody", "without"),
        // Hedges lower confidence.
        .. Many(CueClass.Hedge, 0, "could", "may", "might", "perhaps", "possibly", "probably", "maybe", "likely",
            "seem*", "appear*", "reportedly", "not sure", "not yet", "uncertain", "expect*", "would"),
        // Generic evaluations of content: denying them flips the stance ("… amounts to appeasement … is false").
        // Story-specific phrasings belong to a topic's cues in the watch-list, never here.
        .. Many(CueClass.ContentAgainst, 0.6, "capitulat*", "appeas*", "betray*", "sell out", "sellout", "surrender"),
        // Blockers: phrases whose words must not fire as cues.
        .. Many(CueClass.Neutral, 0, "not only", "not just", "not least", "no matter", "never mind", "whether or not",
            "no doubt", "back to", "come back", "came back", "go back", "went back", "bring back", "get back",
            "would like", "against the backdrop", "measures of support", "support to", "for good", "good morning", "good afternoon", "good evening", "may be"),
        .. Many(CueClass.Neutral, 0, NounUses("support", "aid")),
    ];

    private static IEnumerable<CueEntry> Many(CueClass cls, double strength, params string[] phrases)
    {
        foreach (var p in phrases) yield return new CueEntry(p, cls, strength);
    }

    private static IEnumerable<CueEntry> Hedged(CueClass cls, double strength, params string[] phrases)
    {
        foreach (var p in phrases) yield return new CueEntry(p, cls, strength, Hedged: true);
    }

    /// <summary>Words after which "that" introduces a complement ("vital that …", "said that …"), not a relative
    /// clause ("a line that neither side wants"), which starts a new clause.</summary>
    public static readonly string[] ComplementTakers =
    [
        "said", "say", "says", "saying", "told", "tell", "tells", "think", "thinks", "thought", "believe", "believes",
        "believed", "know", "knows", "knew", "expect", "expects", "expected", "hope", "hopes", "hoped", "insist",
        "insists", "insisted", "vital", "important", "essential", "crucial", "clear", "ensure", "ensures", "sure",
        "suggest", "suggests", "suggested", "suggestion", "claim", "claims", "claimed", "criticism", "criticisms",
        "concern", "concerns", "fact", "view", "argue", "argues", "argued", "warn", "warns", "warned", "note",
        "noted", "add", "added", "stress", "stressed", "declare", "declared", "announce", "announced", "agree",
        "agreed", "so", "such", "now", "given", "is", "was", "are", "were", "be", "mean", "means", "meant", "show",
        "shows", "showed", "acknowledge", "acknowledged", "admit", "admitted", "feel", "feels", "felt", "confident",
        "possible", "unlikely", "likely", "true", "false", "recognize", "recognise", "recognition", "realize",
        "realise", "understand", "understands", "demand", "demands", "demanded", "propose", "proposed", "proposal",
        "idea", "notion", "assurance", "assurances", "guarantee", "guarantees", "promise", "promised", "report",
        "reports", "reported", "signal", "signaled", "signalled", "emphasized", "emphasised", "assured", "doubt",
    ];

    /// <summary>Conjunctions that start a new clause ("supports the talks but rejects …").</summary>
    public static readonly string[] ClauseBreakers = ["but", "however", "although", "though", "whereas"];
}
