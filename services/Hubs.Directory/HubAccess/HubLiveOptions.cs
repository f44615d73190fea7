using System.ComponentModel.DataAnnotations;

namespace Hubs.Directory.HubAccess;

/// <summary>
/// How long the directory waits for hubs' live answers and when it stops asking a failing hub (section <c>HubLive</c>).
/// A referral never waits longer than <see cref="Budget"/> for all hubs together; one hub gets <see cref="HubTimeout"/>;
/// a hub whose calls keep failing or timing out is not asked again for <see cref="BreakDuration"/> (its circuit is open).
/// </summary>
public sealed class HubLiveOptions
{
    public const string Section = "HubLive";

    [Range(typeof(TimeSpan), "00:00:00.010", "00:00:10")]
    public TimeSpan Budget { get; set; } = TimeSpan.FromMilliseconds(800);

    [Range(typeof(TimeSpan), "00:00:00.010", "00:00:10")]
    public TimeSpan HubTimeout { get; set; } = TimeSpan.FromMilliseconds(600);

    /// <summary>Share of failed calls, over <see cref="SamplingDuration"/>, that opens a hub's circuit.</summary>
    [Range(0.01, 1.0)]
    public double FailureRatio { get; set; } = 0.5;

    /// <summary>Calls to a hub within <see cref="SamplingDuration"/> before its failure ratio counts (Polly's minimum is 2).</summary>
    [Range(2, 1000)]
    public int MinimumThroughput { get; set; } = 2;

    [Range(typeof(TimeSpan), "00:00:00.500", "01:00:00")]
    public TimeSpan SamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    [Range(typeof(TimeSpan), "00:00:00.500", "01:00:00")]
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(30);
}
