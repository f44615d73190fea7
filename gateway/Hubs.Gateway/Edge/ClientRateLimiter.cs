using System.Threading.RateLimiting;

namespace Hubs.Gateway.Edge;

/// <summary>
/// The global limiter: a request passes its address's token bucket, then (if it carries a token) its token's. Token
/// buckets rather than sliding windows because they say exactly what the settings say — a sustained rate and a burst —
/// and refill continuously, so a client is never refused in a burst at a window's edge.
/// </summary>
public static class ClientRateLimiter
{
    public static PartitionedRateLimiter<HttpContext> Create(RateLimitOptions limits) =>
        PartitionedRateLimiter.CreateChained(
            PartitionedRateLimiter.Create<HttpContext, string>(context =>
                ClientPartitions.IsProbe(context)
                    ? RateLimitPartition.GetNoLimiter("")
                    : RateLimitPartition.GetTokenBucketLimiter(ClientPartitions.AddressKey(context), _ => Bucket(limits.PerAddress))),
            PartitionedRateLimiter.Create<HttpContext, string>(context =>
                ClientPartitions.IsProbe(context) || ClientPartitions.TokenKey(context) is not { } token
                    ? RateLimitPartition.GetNoLimiter("")
                    : RateLimitPartition.GetTokenBucketLimiter(token, _ => Bucket(limits.PerToken))));

    private static TokenBucketRateLimiterOptions Bucket(TokenBucketOptions bucket) => new()
    {
        TokenLimit = bucket.Burst,
        TokensPerPeriod = bucket.PermitsPerSecond,
        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
        // The partitioned limiter's own 100 ms heartbeat refills every bucket in proportion to the time elapsed: no
        // timer per client, and a refill every tenth of a second instead of a lump once a second.
        AutoReplenishment = false,
        // Refuse at once rather than hold a connection open in a queue: the caller is told when to come back.
        QueueLimit = 0,
    };
}
