using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Briefing.Web.Operations;

/// <summary>The app's own OpenTelemetry signals (meter and activity source "Briefing"). Static, like the framework's
/// own instruments: recording costs next to nothing when no exporter listens.</summary>
public static class BriefingTelemetry
{
    public const string Name = "Briefing";

    public static readonly ActivitySource Traces = new(Name);

    private static readonly Meter Meter = new(Name);

    /// <summary>Articles committed by the pipeline (the ingest rate is its rate).</summary>
    public static readonly Counter<long> ArticlesIngested =
        Meter.CreateCounter<long>("briefing.articles.ingested", "{article}", "Articles extracted and committed");

    public static readonly Counter<long> ArticlesFailed =
        Meter.CreateCounter<long>("briefing.articles.failed", "{article}", "Articles parked as failed by the pipeline");

    /// <summary>Extraction and classification of one article (pure CPU).</summary>
    public static readonly Histogram<double> ExtractionTime =
        Meter.CreateHistogram<double>("briefing.extraction.duration", "ms", "Time to extract and classify one article");

    /// <summary>CPU seconds spent per stage of ingestion ("accept": the inbox commit of API posts; "extract":
    /// extraction and classification; "commit": the pipeline's store transaction and the views it reads back;
    /// "publish": handing events to live subscribers). Divided by articles ingested, it is the cost per article
    /// (`scripts/load.sh ingest` prints it).</summary>
    public static readonly Counter<double> StageCpu =
        Meter.CreateCounter<double>("briefing.pipeline.cpu", "s", "Thread CPU time spent per ingestion stage");

    /// <summary>Managed bytes allocated per stage of ingestion (the stages of <see cref="StageCpu"/>): what the
    /// garbage collector will have to reclaim for each article, apart from HTTP's share.</summary>
    public static readonly Counter<long> StageAllocated =
        Meter.CreateCounter<long>("briefing.pipeline.allocated", "By", "Managed bytes allocated per ingestion stage");

    /// <summary>From an article's commit until every live subscriber (screens, hub relay) has been handed its events.</summary>
    public static readonly Histogram<double> PushLatency =
        Meter.CreateHistogram<double>("briefing.push.latency", "ms", "Commit to live events delivered to subscribers");

    /// <summary>Interactive screens (Blazor circuits: dashboards and walls) connected to this node.</summary>
    public static readonly UpDownCounter<long> ConnectedScreens =
        Meter.CreateUpDownCounter<long>("briefing.screens.connected", "{circuit}", "Blazor circuits open on this node");
}
