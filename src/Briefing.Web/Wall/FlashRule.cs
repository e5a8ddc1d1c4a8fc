using System.Text.RegularExpressions;
using Briefing.Data.Actors;
using Briefing.Data.Positions;
using Briefing.Data.Statements;

namespace Briefing.Web.Wall;

/// <summary>Decides which statements take over the wall: those by a pinned actor (by id, name or alias) or containing
/// an urgent keyword (whole words, any case), and position shifts of pinned actors.</summary>
public sealed class FlashRule
{
    private readonly HashSet<string> _actorKeys;
    private readonly Regex? _urgent;
    private readonly Func<StatementView, ActorRef?> _confirmedSpeaker;

    /// <param name="actors">Pinned actors as written in the URL (names, aliases or ids).</param>
    /// <param name="knownIds">Ids those names resolved to when the wall started (resolution may find more later).</param>
    /// <param name="confirmedSpeaker">A statement's speaker when it is sure enough to show (the wall's
    /// <see cref="WallConfig.ConfirmedSpeaker"/>), else null: a guessed speaker must not take over the screen. Every
    /// speaker counts when it is omitted.</param>
    public FlashRule(IEnumerable<string> actors, IEnumerable<string> urgent, IEnumerable<string>? knownIds = null,
        Func<StatementView, ActorRef?>? confirmedSpeaker = null)
    {
        _confirmedSpeaker = confirmedSpeaker ?? (statement => statement.Speaker);
        _actorKeys = new HashSet<string>(actors.Concat(knownIds ?? []).Select(Key), StringComparer.Ordinal);
        var words = urgent.Where(w => !string.IsNullOrWhiteSpace(w)).Select(w => Regex.Escape(w.Trim())).ToList();
        _urgent = words.Count == 0 ? null
            : new Regex($@"(?<!\w)(?:{string.Join('|', words)})(?!\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
    }

    public bool IsEmpty => _actorKeys.Count == 0 && _urgent is null;

    /// <summary>Why a statement flashes ("pinned actor", "urgent: harbour"), or null when it does not.</summary>
    public string? Reason(StatementView statement, IReadOnlyList<ActorView> actorsOfArticle)
    {
        if (_confirmedSpeaker(statement) is { } speaker && IsPinned(speaker, actorsOfArticle)) return "Pinned actor";
        if (_urgent?.Match(statement.Text) is { Success: true } match) return $"Urgent: {match.Value}";
        return null;
    }

    /// <summary>Why a position change flashes ("Position shift"), or null: only shifts of pinned actors do.</summary>
    public string? Reason(PositionView position, bool shift) =>
        shift && IsPinned(position.Actor, []) ? "Position shift" : null;

    private bool IsPinned(ActorRef speaker, IReadOnlyList<ActorView> actorsOfArticle)
    {
        if (_actorKeys.Count == 0) return false;
        if (_actorKeys.Contains(Key(speaker.Id)) || _actorKeys.Contains(Key(speaker.Name))) return true;
        var actor = actorsOfArticle.FirstOrDefault(a => a.Id == speaker.Id);
        return actor is not null && actor.Aliases.Any(alias => _actorKeys.Contains(Key(alias)));
    }

    private static string Key(string name) => string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
