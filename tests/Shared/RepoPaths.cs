namespace Briefing.Testing;

public static class RepoPaths
{
    /// <summary>The repository root: the folder holding Briefing.sln, found from the test binaries upwards.</summary>
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Briefing.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("Briefing.sln not found above " + AppContext.BaseDirectory);
    }
}
