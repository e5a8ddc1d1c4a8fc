using Briefing.Data.Statements;
using Briefing.Web.Live;

namespace Briefing.Web.Components.Shared;

public static class StatementList
{
    /// <summary>Replaces a corrected statement's item in place (made by <paramref name="make"/>), or removes it when
    /// it was rejected; false when the list does not hold it.</summary>
    public static bool ApplyCuration<T>(List<T> items, StatementCurated curated, Func<T, string> id, Func<StatementView, T> make)
    {
        var index = items.FindIndex(item => id(item) == curated.StatementId);
        if (index < 0) return false;
        if (curated.Statement is null) items.RemoveAt(index);
        else items[index] = make(curated.Statement);
        return true;
    }
}
