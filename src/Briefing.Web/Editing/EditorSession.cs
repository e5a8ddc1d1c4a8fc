namespace Briefing.Web.Editing;

/// <summary>Whether the person at this screen may change things (correct statements, edit topics, manage feeds).
/// One per circuit. Changing things takes the same credential as the write API: an API key, entered once and kept
/// in the browser's protected storage. A wall screen or a casual reader never sees an edit control.</summary>
public sealed class EditorSession(Func<string, string?> keyName, bool requireSignIn)
{
    private string? _editor;

    public bool CanEdit => !requireSignIn || _editor is not null;

    /// <summary>Who edits, for the curation record: the key's name.</summary>
    public string EditorName => _editor ?? "analyst";

    public bool RequiresSignIn => requireSignIn;

    public event Action? Changed;

    public bool SignIn(string key)
    {
        var name = keyName(key.Trim());
        if (name is null) return false;
        _editor = name;
        Changed?.Invoke();
        return true;
    }

    public void SignOut()
    {
        _editor = null;
        Changed?.Invoke();
    }
}
