namespace Briefing.Web.Components.Shared;

/// <summary>Bounded lists that live views keep: newest first, never longer than their cap, never holding an item twice
/// (keyed rendering requires unique keys, and a reload may already have read what an event brings).</summary>
public static class LiveLists
{
    /// <summary>Puts the items not already listed at the front, in their order, then drops the oldest beyond <paramref name="max"/>.</summary>
    /// <remarks>A new article brings a few items to a list of a few dozen, on every open screen: each new item is
    /// looked for in the list (and among those already taken) instead of hashing the whole list each time.</remarks>
    public static void PrependNew<T>(List<T> list, IReadOnlyList<T> items, Func<T, string> key, int max)
    {
        var fresh = new List<T>(items.Count);
        foreach (var item in items)
        {
            var id = key(item);
            if (!Listed(list, id, key) && !Listed(fresh, id, key)) fresh.Add(item);
        }
        list.InsertRange(0, fresh);
        Trim(list, max);
    }

    /// <summary>Whether an item keyed <paramref name="id"/> is in <paramref name="list"/> (a walk: the lists are short).</summary>
    public static bool Listed<T>(List<T> list, string id, Func<T, string> key)
    {
        foreach (var item in list)
            if (string.Equals(key(item), id, StringComparison.Ordinal)) return true;
        return false;
    }

    public static void Trim<T>(List<T> items, int max)
    {
        if (items.Count > max) items.RemoveRange(max, items.Count - max);
    }
}
