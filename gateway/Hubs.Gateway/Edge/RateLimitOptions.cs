namespace Hubs.Gateway.Edge;

/// <summary>The two token buckets every limited request must pass: its client address's and, if it carries one, its token's.</summary>
public sealed class RateLimitOptions
{
    /// <summary>Per client address (an IPv6 client by its /64). 50 requests a second, bursts of 100.</summary>
    public TokenBucketOptions PerAddress { get; set; } = new() { PermitsPerSecond = 50, Burst = 100 };

    /// <summary>
    /// Per bearer token, wherever it is sent from: one person's session. 20 a second, bursts of 40 — a page of the
    /// portal makes a handful of calls, and a stolen token spread over many addresses is still held to this.
    /// </summary>
    public TokenBucketOptions PerToken { get; set; } = new() { PermitsPerSecond = 20, Burst = 40 };
}
