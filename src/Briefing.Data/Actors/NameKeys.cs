using Briefing.Core.Extraction.Actors;

namespace Briefing.Data.Actors;

/// <summary>Lookup keys for names: case, accents and punctuation folded, so "Ostrandér" and "OSTRANDER" meet.</summary>
public static class NameKeys
{
    /// <summary>The extractor's own normalisation, so a name stored here and a name read in an article meet.</summary>
    public static string Normalize(string name) => ActorNames.Normalize(name);

    /// <summary>A readable URL id: "Jane Roe" → "jane-roe".</summary>
    public static string Slug(string name)
    {
        var slug = Normalize(name).Replace(' ', '-');
        return slug.Length == 0 ? "actor" : slug.Length > 60 ? slug[..60] : slug;
    }
}
