namespace Briefing.Core.Extraction;

/// <summary>Options of one <see cref="ArticleExtractor"/>: immutable, so an extractor stays thread-safe. The app uses
/// <see cref="Default"/> (every rule on); the ablation command switches rules off one at a time.</summary>
public sealed record ExtractorSettings
{
    public static ExtractorSettings Default { get; } = new();

    // 128 bits: one per rule, 115 in use (a ulong capped the registry at 64; RuleRegistryTests guards the count).
    private readonly UInt128 _off;

    /// <summary>The rules switched off.</summary>
    public IReadOnlyList<ExtractionRule> Off
    {
        get => Enum.GetValues<ExtractionRule>().Where(r => (_off & Bit(r)) != UInt128.Zero).ToArray();
        init
        {
            _off = UInt128.Zero;
            foreach (var r in value)
            {
                _off |= Bit(r);
            }
        }
    }

    public bool Uses(ExtractionRule rule) => (_off & Bit(rule)) == UInt128.Zero;

    public ExtractorSettings Without(ExtractionRule rule) => this with { Off = [.. Off, rule] };

    private static UInt128 Bit(ExtractionRule rule) => UInt128.One << (int)rule;
}
