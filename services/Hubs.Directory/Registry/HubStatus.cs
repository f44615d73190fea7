namespace Hubs.Directory.Registry;

/// <summary>A hub's liveness as shown to users.</summary>
public static class HubStatus
{
    /// <summary>A heartbeat arrived within the allowed quiet time.</summary>
    public const string Online = "online";

    /// <summary>No heartbeat within the allowed quiet time, or none ever: its entries may be out of date.</summary>
    public const string Stale = "stale";

    /// <summary>Suspended by the network's coordinators: listed, but hidden from expert search and referral.</summary>
    public const string Suspended = "suspended";
}
