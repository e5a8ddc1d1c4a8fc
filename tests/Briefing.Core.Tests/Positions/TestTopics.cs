using Briefing.Core.Watchlists;

namespace Briefing.Core.Tests.Positions;

/// <summary>Fictional topics for unit tests (Veltria, Ostmark and the Northern Pact do not exist).</summary>
internal static class TestTopics
{
    public static readonly WatchedTopic Talks = new("Peace talks",
        "Proposition: negotiating an end to the Veltria–Ostmark war.",
        ["negotiat*", "peace talks", "peace deal", "ceasefire"],
        SupportCues: ["enduring", "lasting"], OpposeCues: ["position of weakness"]);

    public static readonly WatchedTopic Borders = new("Borders",
        "Proposition: Veltria regains the land it lost; its old borders restored.",
        ["border", "territory", "land"],
        SupportCues: ["restor*", "regain*", "roll* back"],
        OpposeCues: ["cede", "cedes", "ceded", "give up"]);

    public static readonly WatchedTopic Pact = new("Pact membership",
        "Proposition: Veltria joins the Northern Pact.",
        ["join the Pact", "joining the Pact", "Pact membership", "NP"]);

    public static readonly WatchedTopic Guarantees = new("Guarantees",
        "Proposition: Veltria receives security guarantees.",
        ["security guarantee*", "rare earths"]);

    public static readonly WatchedTopic[] All = [Talks, Borders, Pact, Guarantees];
}
