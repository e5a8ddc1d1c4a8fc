namespace Briefing.Web.Alerts;

/// <summary>Settings under "Briefing:Alerts" (env Briefing__Alerts__MaxRetries=…).</summary>
public sealed class AlertOptions
{
    public const string Section = "Briefing:Alerts";

    /// <summary>Retries of a webhook delivery after a failure (5xx, 408, 429, no answer); exponential back-off with jitter.</summary>
    public int MaxRetries { get; set; } = 5;

    /// <summary>The first retry's delay; each next one doubles it.</summary>
    public int RetryDelayMilliseconds { get; set; } = 1000;

    /// <summary>How long one delivery attempt may take.</summary>
    public int TimeoutSeconds { get; set; } = 10;

    /// <summary>How often "quote carried by ≥ N outlets" subscriptions are checked (wire copies raise no live event).</summary>
    public int CarriedCheckSeconds { get; set; } = 5;
}

/// <summary>An alert was raised: the bell, toasts and walls show it.</summary>
public sealed record AlertRaised(Briefing.Data.Alerts.AlertView Alert) : Briefing.Web.Live.LiveEvent;
