namespace Hubs.Directory.Hubs;

/// <summary>A hub's liveness as shown to users.</summary>
public static class HubStatus
{
    /// <summary>A heartbeat arrived within the allowed quiet time.</summary>
    public const string Online = "online";

    /// <summary>No heartbeat within the allowed quiet time, or none ever: its entries may be out of date.</summary>
    public const string Stale = "stale";
}
