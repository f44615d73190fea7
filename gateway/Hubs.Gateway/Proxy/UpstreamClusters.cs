namespace Hubs.Gateway.Proxy;

/// <summary>The YARP cluster of each upstream, and the metadata that names it to callers.</summary>
public static class UpstreamClusters
{
    public const string Directory = "directory";
    public const string Exchange = "exchange";
    public const string Portal = "portal";

    /// <summary>Cluster metadata key: the upstream as a caller may read it ("Hub lomazzo", "The directory").</summary>
    public const string NameMetadata = "Hubs.UpstreamName";

    /// <summary>Cluster metadata key: the hub id, on hub clusters only.</summary>
    public const string HubIdMetadata = "Hubs.HubId";

    public static string ForHub(string hubId) => $"hub-{hubId}";
}
