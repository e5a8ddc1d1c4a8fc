using Briefing.Core.Extraction;

namespace Briefing.Core.Tests;

internal static class RepoPaths
{
    /// <summary>The folder holding Briefing.sln, walking up from the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    public static string SharedData => Path.GetFullPath(Path.Combine(Root, "..", "shared", "data", "polnear"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Briefing.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Briefing.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A fact that needs the PolNeAR data next to the repository (../shared/data); skipped with a clear
/// message where it is absent, e.g. on a fresh clone.</summary>
public sealed class PolnearFactAttribute : FactAttribute
{
    public PolnearFactAttribute()
    {
        if (!Directory.Exists(Path.Combine(RepoPaths.SharedData, "dev")))
        {
            Skip = $"PolNeAR data not found at {RepoPaths.SharedData}; data-dependent test skipped.";
        }
    }
}

/// <summary>For rule tests: a short lead (headline and a first paragraph) so the sentence under test is body text, and
/// an extractor with one rule switched off to show what that rule changes.</summary>
internal static class RuleTestExtractors
{
    public const string Lead = "Harbour levy\nThe board met on Monday.\n\n";

    public static ArticleExtractor Without(ExtractionRule rule) => new(null, ExtractorSettings.Default.Without(rule));
}

internal static class ExtractionAssert
{
    public static ExtractedStatement StatementContaining(this ArticleExtraction x, string fragment) =>
        x.Statements.FirstOrDefault(s => s.Text.Contains(fragment, StringComparison.Ordinal))
        ?? throw new Xunit.Sdk.XunitException($"no statement contains \"{fragment}\"; statements: " +
            string.Join(" | ", x.Statements.Select(s => s.Text)));

    public static string? SpeakerName(this ArticleExtraction x, ExtractedStatement s) => x.Speaker(s)?.Name;
}
