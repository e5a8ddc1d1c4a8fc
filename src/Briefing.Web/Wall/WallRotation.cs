using Briefing.Data.Positions;
using Briefing.Data.Statements;

namespace Briefing.Web.Wall;

/// <summary>Which panel the wall shows and when it changes: panels rotate every few seconds unless one is pinned; a
/// flash item takes over for its time (later flashes wait in a short queue), then rotation resumes where it was.
/// Pure: the caller passes the time, so tests need no clock.</summary>
public sealed class WallRotation
{
    public const int MaxQueuedFlashes = 5;

    private readonly WallConfig _config;
    private readonly Queue<WallFlash> _waiting = new();
    private int _index;
    private DateTimeOffset _nextSwitch;
    private DateTimeOffset _flashUntil;

    public WallRotation(WallConfig config, DateTimeOffset now)
    {
        _config = config;
        _index = config.Pin is { } pin ? Math.Max(0, IndexOf(pin)) : 0;
        _nextSwitch = now + Rotate;
    }

    public WallPanel Current => _config.Panels[_index];

    public WallFlash? Flash { get; private set; }

    public int QueuedFlashes => _waiting.Count;

    private TimeSpan Rotate => TimeSpan.FromSeconds(_config.RotateSeconds);

    /// <summary>Shows a flash now, or after the ones already showing and waiting. Returns whether the view changed.</summary>
    public bool Raise(WallFlash flash, DateTimeOffset now)
    {
        if (_config.FlashSeconds <= 0) return false;
        if (Flash is null)
        {
            Show(flash, now);
            return true;
        }
        if (_waiting.Count == MaxQueuedFlashes) _waiting.Dequeue(); // a burst keeps the newest few, not all of them
        _waiting.Enqueue(flash);
        return false;
    }

    /// <summary>Advances time; returns whether the view changed (flash ended, next flash, next panel).</summary>
    public bool Tick(DateTimeOffset now)
    {
        if (Flash is not null)
        {
            if (now < _flashUntil) return false;
            if (_waiting.TryDequeue(out var next)) Show(next, now);
            else
            {
                Flash = null;
                _nextSwitch = now + Rotate; // the panel that was showing gets its full time back
            }
            return true;
        }
        if (!_config.Rotates || now < _nextSwitch) return false;
        _index = (_index + 1) % _config.Panels.Count;
        _nextSwitch = now + Rotate;
        return true;
    }

    private void Show(WallFlash flash, DateTimeOffset now)
    {
        Flash = flash;
        _flashUntil = now + TimeSpan.FromSeconds(_config.FlashSeconds);
    }

    private int IndexOf(WallPanel panel)
    {
        for (var i = 0; i < _config.Panels.Count; i++) if (_config.Panels[i] == panel) return i;
        return -1;
    }
}

/// <summary>What takes over the screen, and why: a statement, or a pinned actor's position shift.</summary>
public sealed record WallFlash(string Reason, WallQuote? Quote = null, PositionView? Shift = null, Briefing.Data.Alerts.AlertView? Alert = null)
{
    /// <summary>Stable id of what is shown (a statement id, actor:topic for a shift, alert:id for an alert).</summary>
    public string Id => Quote?.Statement.Id ?? (Shift is { } p ? $"{p.Actor.Id}:{p.Topic.Id}" : Alert is { } a ? $"alert:{a.Id}" : "");
}

/// <summary>A statement with the outlet that published it, as the wall shows it.</summary>
public sealed record WallQuote(StatementView Statement, string? Outlet);
