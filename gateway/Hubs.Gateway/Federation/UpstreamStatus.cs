using Yarp.ReverseProxy.Health;
using Yarp.ReverseProxy.Model;

namespace Hubs.Gateway.Federation;

/// <summary>An upstream's health as YARP currently judges it.</summary>
public static class UpstreamStatus
{
    /// <summary>Its probes succeed and its recent traffic has not failed.</summary>
    public const string Healthy = "healthy";

    /// <summary>Its probes or its recent traffic failed: calls to it are answered 503 without being forwarded.</summary>
    public const string Unhealthy = "unhealthy";

    /// <summary>Not probed yet (the gateway has just started).</summary>
    public const string Unknown = "unknown";

    public static string Of(ClusterState cluster)
    {
        var destinations = cluster.DestinationsState.AllDestinations;
        if (destinations.Any(d => IsHealthy(d.Health)))
        {
            return Healthy;
        }

        return destinations.Count > 0 && destinations.All(d => IsUnhealthy(d.Health)) ? Unhealthy : Unknown;
    }

    private static bool IsUnhealthy(DestinationHealthState health) =>
        health.Active == DestinationHealth.Unhealthy || health.Passive == DestinationHealth.Unhealthy;

    // Only the probes can vouch for a node: YARP's passive check calls a node healthy until it has seen enough calls.
    private static bool IsHealthy(DestinationHealthState health) =>
        !IsUnhealthy(health) && health.Active == DestinationHealth.Healthy;
}
