namespace Briefing.Web.Components.Shared;

public static class ActorText
{
    /// <summary>"Defense Secretary, United States"; the affiliation is left out when the role already names it
    /// ("NATO Secretary-General" of NATO).</summary>
    public static string Describe(string? role, string? affiliation)
    {
        if (string.IsNullOrWhiteSpace(role)) return affiliation ?? "";
        if (string.IsNullOrWhiteSpace(affiliation) || role.Contains(affiliation, StringComparison.OrdinalIgnoreCase)) return role;
        return $"{role}, {affiliation}";
    }
}
