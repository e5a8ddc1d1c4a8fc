using System.Runtime.InteropServices;

namespace Briefing.Web.Operations;

/// <summary>CPU time of the calling thread (user + system, native code included), for charging the pipeline's
/// stages with what they cost: wall time would count waiting for the CPU on a busy machine. Linux only (the one
/// deployment target); elsewhere it reads 0 and the stage counters stay at 0.</summary>
public static class ThreadCpu
{
    private const int ClockThreadCpuTime = 3; // CLOCK_THREAD_CPUTIME_ID

    /// <summary>Seconds of CPU this thread has used so far.</summary>
    public static double Seconds()
    {
        if (!OperatingSystem.IsLinux() || clock_gettime(ClockThreadCpuTime, out var time) != 0) return 0;
        return time.Seconds + time.Nanoseconds / 1e9;
    }

    /// <summary>Adds the CPU this thread spends until disposed to stage <paramref name="stage"/> of
    /// <see cref="BriefingTelemetry.StageCpu"/>. Only for synchronous work: disposed on another thread (after an
    /// await that yielded), it records nothing rather than a difference of two threads' clocks.
    /// Nothing is read when no one collects the stage counters (no exporter configured): reading a thread's CPU clock
    /// is a system call, and at 1,000 articles/s the calls were ~6% of the server's busy samples.</summary>
    public static Charge Measure(string stage) =>
        BriefingTelemetry.StageCpu.Enabled || BriefingTelemetry.StageAllocated.Enabled
            ? new(stage, Seconds(), GC.GetAllocatedBytesForCurrentThread(), Environment.CurrentManagedThreadId)
            : default;

    /// <summary>Also charges the bytes the thread allocated meanwhile (<see cref="BriefingTelemetry.StageAllocated"/>).</summary>
    public readonly struct Charge(string stage, double started, long allocated, int thread) : IDisposable
    {
        public void Dispose()
        {
            // default (not measured) has thread 0, which no managed thread has.
            if (Environment.CurrentManagedThreadId != thread) return;
            var tag = new KeyValuePair<string, object?>("stage", stage);
            BriefingTelemetry.StageCpu.Add(Seconds() - started, tag);
            BriefingTelemetry.StageAllocated.Add(GC.GetAllocatedBytesForCurrentThread() - allocated, tag);
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int clock_gettime(int clock, out TimeSpec time);
}
