using System.Reflection;
using System.Runtime.CompilerServices;
using Briefing.Core.Extraction;

namespace Briefing.Core.Tests;

/// <summary>The rule registry is complete and in order, rules really switch off, and the extractor holds no static
/// mutable state (so one instance can serve every thread).</summary>
public sealed class RuleRegistryTests
{
    [Fact]
    public void The_registry_lists_every_rule_once_in_the_order_they_apply()
    {
        Assert.Equal(Enum.GetValues<ExtractionRule>(), ExtractionRules.All.Select(r => r.Id));
        Assert.All(ExtractionRules.All, r => Assert.False(string.IsNullOrWhiteSpace(r.Does)));
    }

    [Fact]
    public void Settings_are_immutable_and_switch_one_rule_off()
    {
        var off = ExtractorSettings.Default.Without(ExtractionRule.InvertedSource);
        Assert.False(off.Uses(ExtractionRule.InvertedSource));
        Assert.True(off.Uses(ExtractionRule.Raising));
        Assert.True(ExtractorSettings.Default.Uses(ExtractionRule.InvertedSource));
        Assert.Equal([ExtractionRule.InvertedSource], off.Off);
    }

    [Fact]
    public void Settings_that_switch_off_the_same_rules_are_equal()
    {
        var one = ExtractorSettings.Default.Without(ExtractionRule.Raising).Without(ExtractionRule.InvertedSource);
        var other = ExtractorSettings.Default.Without(ExtractionRule.InvertedSource).Without(ExtractionRule.Raising);
        Assert.Equal(one, other);
        Assert.Equal(one.GetHashCode(), other.GetHashCode());
        Assert.NotEqual(one, ExtractorSettings.Default.Without(ExtractionRule.Raising));
        Assert.NotEqual(ExtractorSettings.Default, one);
    }

    [Fact]
    public void Every_rule_switches_off_alone()
    {
        foreach (var rule in Enum.GetValues<ExtractionRule>())
        {
            var off = ExtractorSettings.Default.Without(rule);
            Assert.Equal([rule], Enum.GetValues<ExtractionRule>().Where(r => !off.Uses(r)));
        }
    }

    [Fact]
    public void Switching_a_rule_off_changes_what_it_decides()
    {
        const string text = "Harbour vote\n\u201cThe harbour tax is a mistake,\u201d said Senator Mara Quillfeather.";
        var on = new ArticleExtractor().Extract(text);
        // QuoteBeforeBareCue is the backstop for a quote whose cue no source rule read: off with InvertedSource.
        var off = new ArticleExtractor(null, ExtractorSettings.Default.Without(ExtractionRule.InvertedSource)
            .Without(ExtractionRule.QuoteBeforeBareCue)).Extract(text);
        Assert.Equal("Mara Quillfeather", on.SpeakerName(on.StatementContaining("harbour tax")));
        Assert.DoesNotContain(off.Statements, s => off.SpeakerName(s) == "Mara Quillfeather");
    }

    [Fact]
    public void The_core_library_holds_no_static_mutable_state()
    {
        var mutable = typeof(ArticleExtractor).Assembly.GetTypes()
            .Where(t => t.GetCustomAttribute<CompilerGeneratedAttribute>() is null && !t.Name.StartsWith('<'))
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
                .Where(f => !f.IsInitOnly && !f.IsLiteral && f.GetCustomAttribute<CompilerGeneratedAttribute>() is null)
                .Select(f => $"{t.FullName}.{f.Name}")
                .Concat(t.GetProperties(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
                    .Where(p => p.SetMethod is not null)
                    .Select(p => $"{t.FullName}.{p.Name} {{ set; }}")))
            .ToList();
        Assert.Empty(mutable);
    }
}
