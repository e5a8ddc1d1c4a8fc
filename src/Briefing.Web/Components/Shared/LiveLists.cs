namespace Briefing.Web.Components.Shared;

/// <summary>Bounded lists that live views keep: newest first, never longer than their cap, never holding an item twice
/// (keyed rendering requires unique keys, and a reload may already have read what an event brings).</summary>
public static class LiveLists
{
    /// <summary>Puts the items not already listed at the front, in their order, then drops the oldest beyond <paramref name="max"/>.</summary>
    public static void PrependNew<T>(List<T> list, IReadOnlyList<T> items, Func<T, string> key, int max)
    {
        var listed = list.Select(key).ToHashSet();
        list.InsertRange(0, items.Where(item => listed.Add(key(item))));
        Trim(list, max);
    }

    public static void Trim<T>(List<T> items, int max)
    {
        if (items.Count > max) items.RemoveRange(max, items.Count - max);
    }
}
