using Hubs.Benchmarks.Rig;
using Hubs.IntegrationTests.Infrastructure;

namespace Hubs.Benchmarks.Directory;

/// <summary>The directory as the directory benchmarks start it, and a gateway in front of it when asked for.</summary>
internal static class DirectoryUnderTest
{
    /// <summary>The directory's queue (Hubs.Directory's DirectoryEndpoint.Name).</summary>
    public const string Queue = "directory";

    public static Task<ServiceProcess> StartAsync(BenchmarkRig rig, string databaseFile = "directory.db", bool groupCommit = true, bool keepStatistics = true)
    {
        var environment = rig.ServiceEnvironment(databaseFile);
        // false: the statistics computed on every request, as before the directory kept its last answer (decision 0029).
        environment["Directory__KeepStatistics"] = keepStatistics ? "true" : "false";
        // false: one transaction per event with synchronous=FULL, as the projection was before decision 0016.
        environment["Directory__GroupCommit"] = groupCommit ? "true" : "false";
        environment["Directory__ResyncOnStart"] = "false";
        // The benchmark speaks for all hubs as one broker user (guest), so the check that an event's user_id is its
        // hub's own is off: one header comparison per event. The suspended-hub check still runs.
        environment["Messaging__VerifyHubIdentity"] = "false";
        return rig.StartServiceAsync("directory", "services", "Hubs.Directory", environment);
    }

    /// <summary>A gateway routing /api/directory to <paramref name="directory"/>; the other upstreams lead nowhere.</summary>
    /// <param name="portal">The portal's pages at <c>/</c>, when the scenario runs one (it must know <paramref name="port"/> first).</param>
    public static Task<ServiceProcess> StartGatewayAsync(
        BenchmarkRig rig, ServiceProcess directory, string hubId, Uri? hub = null, ServiceProcess? portal = null, int? port = null)
    {
        var nowhere = $"http://127.0.0.1:{FreePort.Next()}/";
        var environment = new Dictionary<string, string>
        {
            ["Auth__SigningKey"] = rig.Auth.SigningKey!,
            ["Federation__DirectoryUrl"] = directory.BaseAddress.ToString(),
            ["Federation__ExchangeUrl"] = nowhere,
            [$"Federation__Hubs__{hubId}"] = hub?.ToString() ?? nowhere,
            // Measuring, not the per-address limiter (docs/decisions/0010): the limiter still runs.
            ["Gateway__RateLimits__PerAddress__PermitsPerSecond"] = "1000000",
            ["Gateway__RateLimits__PerAddress__Burst"] = "1000000",
        };
        if (portal is not null)
        {
            environment["Federation__PortalUrl"] = portal.BaseAddress.ToString();
        }

        return rig.StartServiceAsync("gateway", "gateway", "Hubs.Gateway", environment, port);
    }
}
