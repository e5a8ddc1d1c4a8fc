namespace Briefing.Testing;

/// <summary>Fictional topics for tests (the harbour of Serin in Veltria), in the POST /api/topics shape.</summary>
public static class FictionalTopics
{
    public static object HarbourAccess => new
    {
        name = "Harbour access",
        description = "the harbour of Serin stays open",
        keywords = new[] { "harbour", "port of Serin" },
        supportCues = new[] { "stay open", "stays open", "remain open" },
        opposeCues = new[] { "closed", "close", "shut" },
    };
}
