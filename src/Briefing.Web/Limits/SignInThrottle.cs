using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Briefing.Web.Limits;

/// <summary>Failed sign-ins per client address in a one-minute window: past Briefing:Limits:SignInFailuresPerIpPerMinute
/// every sign-in from that address is refused until the window ends, so keys cannot be guessed at speed.</summary>
public sealed class SignInThrottle(IOptions<LimitsOptions> options, TimeProvider clock)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, (DateTimeOffset Start, int Failures)> _byClient = new();

    /// <summary>How long <paramref name="client"/> must wait before trying again; zero when it may try now.</summary>
    public TimeSpan Wait(string client)
    {
        if (!_byClient.TryGetValue(client, out var entry)) return TimeSpan.Zero;
        var left = entry.Start + Window - clock.GetUtcNow();
        return left > TimeSpan.Zero && entry.Failures >= options.Value.SignInFailuresPerIpPerMinute ? left : TimeSpan.Zero;
    }

    public void Failed(string client)
    {
        var now = clock.GetUtcNow();
        _byClient.AddOrUpdate(client, (now, 1), (_, e) => now - e.Start > Window ? (now, 1) : (e.Start, e.Failures + 1));
        // Bounded memory: forget windows that are over.
        if (_byClient.Count > 10_000)
            foreach (var (key, e) in _byClient)
                if (now - e.Start > Window) _byClient.TryRemove(key, out _);
    }
}
