using NodaTime;

namespace Hubs.HubNode.Extensions;

/// <summary>
/// The hub node's one clock is <see cref="TimeProvider"/> (decision 22); booking rules do their arithmetic in NodaTime,
/// so they read it as an <see cref="Instant"/>.
/// </summary>
public static class TimeProviderInstants
{
    public static Instant GetCurrentInstant(this TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return Instant.FromDateTimeOffset(time.GetUtcNow());
    }
}
