using Briefing.Data.Statements;
using Briefing.Web.Live;

namespace Briefing.Web.Components.Shared;

public static class StatementList
{
    /// <summary>Replaces a corrected statement in place, or removes it when it was rejected.</summary>
    public static void ApplyCuration(List<StatementView> statements, StatementCurated curated)
    {
        var index = statements.FindIndex(s => s.Id == curated.StatementId);
        if (index < 0) return;
        if (curated.Statement is null) statements.RemoveAt(index);
        else statements[index] = curated.Statement;
    }
}
