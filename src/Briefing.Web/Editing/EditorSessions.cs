using System.Collections.Concurrent;

namespace Briefing.Web.Editing;

/// <summary>Every signed-in page (circuit). Once a second each one's key is checked again, so revoking a key with
/// the `keys` verb takes edit rights off every open page without anyone clicking; signing out in one tab signs out
/// every tab of that browser.</summary>
public sealed class EditorSessions(ILogger<EditorSessions> logger) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(1);
    private readonly ConcurrentDictionary<EditorSession, byte> _signedIn = new();

    public int Count => _signedIn.Count;

    internal void Add(EditorSession session) => _signedIn.TryAdd(session, 0);

    internal void Remove(EditorSession session) => _signedIn.TryRemove(session, out _);

    public void SignOutBrowser(string browserId)
    {
        foreach (var session in _signedIn.Keys)
            if (session.BrowserId == browserId) session.SignOutHere();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            foreach (var session in _signedIn.Keys)
            {
                try
                {
                    if (!session.Authorize()) logger.LogInformation("A page signed in as a key that is no longer valid was signed out");
                }
                catch (Exception exception)
                {
                    logger.LogWarning(exception, "Re-checking an editor's key failed");
                }
            }
        }
    }
}
