namespace Briefing.Core.Extraction;

/// <summary>Options of one <see cref="ArticleExtractor"/>: immutable, so an extractor stays thread-safe. The app uses
/// <see cref="Default"/> (every rule on); the ablation command switches rules off one at a time.</summary>
public sealed record ExtractorSettings
{
    public static ExtractorSettings Default { get; } = new();

    // One flag per rule, indexed by the enum's value and never written after init: any number of rules, and a lookup
    // as cheap as a bit test on the per-cue path (an earlier 128-bit mask capped the registry at 128 rules).
    private readonly bool[] _off = new bool[Enum.GetValues<ExtractionRule>().Length];

    /// <summary>The rules switched off.</summary>
    public IReadOnlyList<ExtractionRule> Off
    {
        get => Enum.GetValues<ExtractionRule>().Where(r => _off[(int)r]).ToArray();
        init
        {
            _off = new bool[Enum.GetValues<ExtractionRule>().Length];
            foreach (var r in value)
            {
                _off[(int)r] = true;
            }
        }
    }

    public bool Uses(ExtractionRule rule) => !_off[(int)rule];

    public ExtractorSettings Without(ExtractionRule rule) => this with { Off = [.. Off, rule] };

    // Two settings are equal when they switch off the same rules (the array is compared by content, not reference).
    public bool Equals(ExtractorSettings? other) => other is not null && _off.AsSpan().SequenceEqual(other._off);

    public override int GetHashCode() => Off.Aggregate(0, (hash, rule) => HashCode.Combine(hash, rule));
}
