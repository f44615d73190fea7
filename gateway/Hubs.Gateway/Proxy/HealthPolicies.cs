namespace Hubs.Gateway.Proxy;

/// <summary>Names of YARP's built-in health policies (YARP keeps its own constants internal).</summary>
public static class HealthPolicies
{
    /// <summary>
    /// Route only to destinations not known to be unhealthy. YARP's default ("HealthyOrPanic") would still send to a
    /// hub's only node once it is unhealthy and make the caller wait for it; this answers 503 at once instead.
    /// </summary>
    public const string HealthyAndUnknown = "HealthyAndUnknown";

    public const string ConsecutiveFailures = "ConsecutiveFailures";

    public const string TransportFailureRate = "TransportFailureRate";
}
