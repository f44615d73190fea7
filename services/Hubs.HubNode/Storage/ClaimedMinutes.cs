using NodaTime;

namespace Hubs.HubNode.Storage;

/// <summary>
/// The cells a booking claims (decision 0006): Unix minutes of its expert's time, from the first one it touches to the
/// first one it leaves free. Both adapters count minutes the same way, so a store can be moved between them.
/// </summary>
internal static class ClaimedMinutes
{
    /// <summary>Unix minute of <paramref name="instant"/>, rounded down: the first cell a claim starting there holds.</summary>
    public static long Floor(Instant instant)
    {
        var minute = Math.DivRem(instant.ToUnixTimeTicks(), NodaConstants.TicksPerMinute, out var rest);
        return rest < 0 ? minute - 1 : minute;
    }

    /// <summary>Unix minute of <paramref name="instant"/>, rounded up: the first cell a claim ending there leaves free.</summary>
    public static long Ceiling(Instant instant)
    {
        var minute = Math.DivRem(instant.ToUnixTimeTicks(), NodaConstants.TicksPerMinute, out var rest);
        return rest > 0 ? minute + 1 : minute;
    }
}
