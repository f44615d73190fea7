using Hubs.Gateway.Edge;
using Hubs.Gateway.Federation;
using Hubs.ServiceDefaults;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Forwarder;

namespace Hubs.Gateway.Proxy;

/// <summary>One route and one cluster per hub, plus the directory, the exchange and (when set) the portal.</summary>
public static class FederationRouteTable
{
    /// <summary>Below every other endpoint: the portal gets only what nothing else claims.</summary>
    public const int PortalOrder = 1000;

    /// <summary>The routes of the configured hubs (<c>Federation:Hubs</c>) only.</summary>
    public static FederationProxyConfig Build(FederationOptions options) =>
        Build(options, options.Hubs.Where(h => h.Value is not null).ToDictionary(h => h.Key, h => h.Value!, StringComparer.Ordinal));

    /// <summary>The routes of <paramref name="hubs"/> (hub id → node URL), plus the directory, the exchange and the portal.</summary>
    public static FederationProxyConfig Build(FederationOptions options, IReadOnlyDictionary<string, Uri> hubs)
    {
        var routes = new List<RouteConfig>();
        var clusters = new List<ClusterConfig>();

        foreach (var (hubId, url) in hubs.OrderBy(h => h.Key, StringComparer.Ordinal))
        {
            var clusterId = UpstreamClusters.ForHub(hubId);
            // The node serves the full /api/hubs/{hubId}/... path, so the path is forwarded unchanged.
            routes.Add(Route(clusterId, $"/api/hubs/{hubId}/{{**rest}}"));
            clusters.Add(Cluster(clusterId, $"Hub {hubId}", url, options, hubId));
        }

        routes.Add(Route(UpstreamClusters.Directory, "/api/directory/{**rest}"));
        clusters.Add(Cluster(UpstreamClusters.Directory, "The directory", options.DirectoryUrl!, options));

        routes.Add(Route(UpstreamClusters.Exchange, "/api/practices/{**rest}"));
        clusters.Add(Cluster(UpstreamClusters.Exchange, "The exchange", options.ExchangeUrl!, options));

        if (options.PortalUrl is { } portal)
        {
            routes.Add(Route(UpstreamClusters.Portal, "/{**rest}") with { Order = PortalOrder });
            clusters.Add(Cluster(UpstreamClusters.Portal, "The portal", portal, options));
        }

        return new FederationProxyConfig(routes, clusters);
    }

    private static RouteConfig Route(string clusterId, string path) => new()
    {
        RouteId = clusterId,
        ClusterId = clusterId,
        // Every route names its policy now, so authentication can tighten routes one by one later.
        AuthorizationPolicy = Policies.Public,
        CorsPolicy = PortalCors.Policy,
        Match = new RouteMatch { Path = path },
    };

    private static ClusterConfig Cluster(string clusterId, string name, Uri address, FederationOptions options, string? hubId = null)
    {
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal) { [UpstreamClusters.NameMetadata] = name };
        if (hubId is not null)
        {
            metadata[UpstreamClusters.HubIdMetadata] = hubId;
        }

        return new ClusterConfig
        {
            ClusterId = clusterId,
            Destinations = new Dictionary<string, DestinationConfig>(StringComparer.Ordinal)
            {
                ["node"] = new() { Address = address.AbsoluteUri },
            },
            HttpRequest = new ForwarderRequestConfig { ActivityTimeout = options.ActivityTimeout },
            HealthCheck = new HealthCheckConfig
            {
                AvailableDestinationsPolicy = HealthPolicies.HealthyAndUnknown,
                Active = new ActiveHealthCheckConfig
                {
                    Enabled = true,
                    Interval = options.HealthProbeInterval,
                    Timeout = options.HealthProbeTimeout,
                    Policy = HealthPolicies.ConsecutiveFailures,
                    Path = options.HealthProbePath,
                },
                Passive = new PassiveHealthCheckConfig
                {
                    Enabled = true,
                    Policy = HealthPolicies.TransportFailureRate,
                    ReactivationPeriod = PassiveReactivation(options),
                },
            },
            Metadata = metadata,
        };
    }

    /// <summary>
    /// How long a node that failed real traffic stays cut off: about two probe intervals, so a restarted hub is back
    /// within seconds, not YARP's default minute. It must outlast the failures that cut the node off: YARP counts
    /// calls in one-second batches and judges the first call after the cut-off over its detection window, so the
    /// cut-off is the window plus a probe interval plus a batch, or the old failures cut the node off once more.
    /// </summary>
    public static TimeSpan PassiveReactivation(FederationOptions options) =>
        PassiveDetectionWindow(options) + options.HealthProbeInterval + TimeSpan.FromSeconds(1);

    /// <summary>How far back YARP's passive check looks at real traffic when judging a node: one probe interval.</summary>
    public static TimeSpan PassiveDetectionWindow(FederationOptions options) => options.HealthProbeInterval;
}
