namespace Briefing.Web.Live;

/// <summary>Lets the shared byte-array pool keep a buffer for every open connection. SignalR's connection pipes rent
/// their 4 KB segments from <c>ArrayPool&lt;byte&gt;.Shared</c>, which by default keeps 32 arrays of a size per core; a
/// hub message written to ten thousand clients at once rents ten thousand, so all but a few dozen were new arrays,
/// zeroed and collected, on every article (in a profile of 300 dashboards + 3,000 hub clients, ~2 % of the server's
/// CPU in the relay's allocations alone, plus the GC they bring). The pool reads its limit from the environment once,
/// when it is first used, so this runs first in <c>Program</c>; a value set by the deployment wins.</summary>
public static class ConnectionBuffers
{
    public const string Variable = "DOTNET_SYSTEM_BUFFERS_SHAREDARRAYPOOL_MAXARRAYSPERPARTITION";

    /// <summary>Arrays of one size kept per partition (one partition per core): room for ~16,000 connections'
    /// segments on 2 cores. Only sizes rented in such bursts fill up, and the pool trims what stays unused.</summary>
    public const int ArraysPerPartition = 8192;

    public static void KeepOnePerConnection()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Variable)))
            Environment.SetEnvironmentVariable(Variable, ArraysPerPartition.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
