using System.Diagnostics.Metrics;
using Briefing.Web.Operations;

namespace Briefing.Web.Tests.Operations;

/// <summary>The per-stage CPU counter behind `scripts/load.sh ingest`.</summary>
public sealed class ThreadCpuTests
{
    [Fact]
    public void A_stage_is_charged_with_the_cpu_its_thread_spent_and_not_with_time_spent_asleep()
    {
        if (!OperatingSystem.IsLinux()) return; // thread CPU is read on Linux only (documented); elsewhere it stays 0
        var charged = new List<double>();
        var stageCpu = BriefingTelemetry.StageCpu; // initialised before listening: the listener's callback reads it
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument == stageCpu) l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<double>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
                if (tag.Key == "stage" && Equals(tag.Value, "test-stage")) lock (charged) charged.Add(value);
        });
        listener.Start();

        using (ThreadCpu.Measure("test-stage")) Thread.Sleep(300);
        using (ThreadCpu.Measure("test-stage"))
        {
            var until = ThreadCpu.Seconds() + 0.2;
            var spin = 0L;
            while (ThreadCpu.Seconds() < until) spin++;
            Assert.True(spin > 0);
        }

        Assert.Equal(2, charged.Count);
        Assert.InRange(charged[0], 0, 0.1);   // asleep: (almost) no CPU
        Assert.InRange(charged[1], 0.2, 5);   // busy: at least what it spun for
    }

    [Fact]
    public void A_stage_is_charged_with_the_bytes_its_thread_allocated()
    {
        var charged = new List<long>();
        var allocated = BriefingTelemetry.StageAllocated;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument == allocated) l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
                if (tag.Key == "stage" && Equals(tag.Value, "alloc-stage")) lock (charged) charged.Add(value);
        });
        listener.Start();

        byte[]? kept;
        using (ThreadCpu.Measure("alloc-stage")) kept = null;
        using (ThreadCpu.Measure("alloc-stage")) kept = new byte[100_000];

        Assert.NotNull(kept);
        Assert.Equal(2, charged.Count);
        Assert.InRange(charged[0], 0, 1_000);         // nothing allocated but the measuring itself
        Assert.InRange(charged[1], 100_000, 200_000); // the array, once
    }
}
