using System.ComponentModel.DataAnnotations;

namespace Hubs.Gateway.Edge;

/// <summary>A token bucket: refilled at <see cref="PermitsPerSecond"/>, holding at most <see cref="Burst"/> requests.</summary>
public sealed class TokenBucketOptions
{
    /// <summary>The sustained rate a client may keep up for ever.</summary>
    [Range(1, 1_000_000)]
    public int PermitsPerSecond { get; set; }

    /// <summary>How many requests a client that was quiet may send at once (the bucket's size).</summary>
    [Range(1, 1_000_000)]
    public int Burst { get; set; }
}
