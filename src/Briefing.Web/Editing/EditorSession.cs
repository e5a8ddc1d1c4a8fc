using Briefing.Web.Limits;

namespace Briefing.Web.Editing;

/// <summary>Whether the person at this screen may change things (correct statements, edit topics, manage feeds).
/// One per circuit. Changing things takes the same credential as the write API: an API key, entered once and kept
/// in the browser's protected storage. A wall screen or a casual reader never sees an edit control.
/// Every edit action calls <see cref="Authorize"/>, which checks the key against the key store again: a revoked key
/// signs the page out at once (and <see cref="EditorSessions"/> does the same for idle pages within a second).</summary>
public sealed class EditorSession(
    Func<string, string?> keyName,
    bool requireSignIn,
    EditorSessions? sessions = null,
    SignInThrottle? throttle = null,
    string client = "unknown",
    int failuresPerCircuit = 5) : IDisposable
{
    private static readonly TimeSpan CircuitLockout = TimeSpan.FromMinutes(1);

    private string? _key;
    private string? _editor;
    private int _failures;
    private DateTimeOffset _lockedUntil;

    public bool CanEdit => !requireSignIn || _editor is not null;

    /// <summary>Who edits, for the curation record: the key's name.</summary>
    public string EditorName => _editor ?? "analyst";

    public bool RequiresSignIn => requireSignIn;

    /// <summary>The browser this page runs in (a random id kept in its storage): signing out ends all its pages.</summary>
    public string? BrowserId { get; set; }

    /// <summary>Why the last sign-in was refused without looking at the key (too many failures), or null.</summary>
    public string? Refusal { get; private set; }

    public event Action? Changed;

    public bool SignIn(string key)
    {
        Refusal = null;
        var wait = Max(_lockedUntil - DateTimeOffset.UtcNow, throttle?.Wait(client) ?? TimeSpan.Zero);
        if (wait > TimeSpan.Zero)
        {
            Refusal = $"Too many failed sign-ins; try again in {Math.Ceiling(wait.TotalSeconds)} s.";
            return false;
        }
        var name = keyName(key.Trim());
        if (name is null)
        {
            throttle?.Failed(client);
            if (++_failures >= failuresPerCircuit) (_lockedUntil, _failures) = (DateTimeOffset.UtcNow + CircuitLockout, 0);
            return false;
        }
        (_key, _editor, _failures) = (key.Trim(), name, 0);
        sessions?.Add(this);
        Changed?.Invoke();
        return true;
    }

    /// <summary>Signs out this page and every other page of the same browser.</summary>
    public void SignOut()
    {
        if (BrowserId is not null && sessions is not null) sessions.SignOutBrowser(BrowserId);
        SignOutHere();
    }

    /// <summary>True when this page may edit now: the key is checked against the key store again (revoked →
    /// signed out on the spot). Call it at the start of every edit action, not only to show or hide buttons.</summary>
    public bool Authorize()
    {
        if (!requireSignIn) return true;
        if (_key is not null && keyName(_key) is not null) return true;
        if (_editor is not null) SignOutHere();
        return false;
    }

    internal void SignOutHere()
    {
        var wasSignedIn = _editor is not null;
        (_key, _editor) = (null, null);
        sessions?.Remove(this);
        if (wasSignedIn) Changed?.Invoke();
    }

    public void Dispose() => sessions?.Remove(this);

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
