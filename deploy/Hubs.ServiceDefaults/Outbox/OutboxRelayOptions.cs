using System.ComponentModel.DataAnnotations;

namespace Hubs.ServiceDefaults.Outbox;

/// <summary>Timing of the outbox relay (section <c>Outbox</c>); the defaults suit production.</summary>
public sealed class OutboxRelayOptions
{
    public const string Section = "Outbox";

    /// <summary>How often the relay looks for entries when nobody signalled a write (e.g. written by another replica).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest wait for the broker's confirm of one publish: a broker that is down must not block the relay.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);

    [Range(typeof(TimeSpan), "00:00:00.001", "00:01:00")]
    public TimeSpan FirstBackoff { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Longest wait between attempts while the broker is away: what a hub adds, at most, after the broker is back.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00")]
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(1);

    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 100;

    /// <summary>How many entries are published before their confirms are awaited (1: one at a time).</summary>
    [Range(1, 1_000)]
    public int PublishWindow { get; set; } = 50;
}
