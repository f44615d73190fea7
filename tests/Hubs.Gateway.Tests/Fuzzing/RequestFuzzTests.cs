using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hubs.Gateway.Tests.Edge;
using Hubs.Gateway.Tests.Infrastructure;
using Hubs.Testing.RequestFuzzing;
using Xunit.Abstractions;

namespace Hubs.Gateway.Tests.Fuzzing;

/// <summary>
/// Generated requests against every gateway endpoint, proxy routes included (read from its own endpoint list), on a
/// real socket in front of Kestrel fakes of two hubs, the directory and the exchange: never a 5xx, every 4xx of its own
/// a problem, nothing forwarded outside the route it matched, and every hub still routed afterwards. Replay a run with
/// <c>HUBS_FUZZ_SEED=&lt;seed from the FUZZ line&gt; dotnet test tests/Hubs.Gateway.Tests -c Release --filter RequestFuzz</c>.
/// </summary>
[Collection(RunsAlone.Name)]
public sealed class RequestFuzzTests(ITestOutputHelper output)
{
    private const int RequestsPerRun = 2_000;
    private static readonly string[] Hubs = ["lomazzo", "ivrea"];

    [Fact]
    public async Task Generated_requests_never_get_a_server_error_and_stay_on_their_route()
    {
        // Buckets large enough that the fuzz measures the routes, not the rate limiter (tested on its own).
        await using var federation = await TestFederation.StartAsync(Hubs, settings: EdgeSettings.Limits(100_000, 100_000, 100_000, 100_000));
        var endpoints = EndpointCatalog.Read(federation.GatewayServices);
        var run = new FuzzRun(Target(), endpoints);

        await run.RunAsync(federation.Client, FuzzRun.Count(RequestsPerRun));

        output.WriteLine(run.Summary());
        Console.WriteLine(run.Summary());
        Assert.True(run.Failures.Count == 0, run.Report());
        Assert.All(endpoints, e => Assert.True(run.PerEndpoint.GetValueOrDefault(e.Key) > 0, $"{e.Key} was never fuzzed"));

        // Each upstream only ever saw paths under its own prefix: no request slipped from one hub's route to another's.
        foreach (var (name, upstream) in federation.Upstreams)
        {
            var prefix = name switch { "directory" => "/api/directory", "exchange" => "/api/practices", _ => $"/api/hubs/{name}" };
            Assert.All(upstream.Calls, call => Assert.True(
                call.Path == prefix || call.Path.StartsWith(prefix + "/", StringComparison.OrdinalIgnoreCase),
                $"{name} received {call.Method} {call.Path}"));
        }

        Assert.True(federation.Upstreams.Values.Sum(u => u.Calls.Count) > 0, "nothing was forwarded");

        // Bad requests never took a hub out of the routing (passive health must judge upstream answers, not callers).
        var hubs = await federation.Client.GetFromJsonAsync<JsonArray>("/api/federation/hubs");
        Assert.Equal(Hubs.Order(StringComparer.Ordinal), hubs!.Select(h => h!["id"]!.GetValue<string>()));
        Assert.All(hubs!, h => Assert.True(h!["routed"]!.GetValue<bool>(), $"{h["id"]} is no longer routed: {h["status"]}"));
    }

    private static FuzzTarget Target() => new()
    {
        Service = "gateway",
        HubId = Hubs[0],
        OtherHubId = Hubs[1],
        OnRealSocket = true,
        MaxBodyBytes = 1_048_576,
        MaxValueLength = 2_000,
        Known = (endpoint, name) => name switch
        {
            "hubId" => [.. Hubs, "nowhere", "LOMAZZO"],
            "rest" or "remainder" => ["experts", "bookings", "slots?topic=ecommerce", "experts/" + Guid.Empty, "hubs", "referrals/"],
            _ => [],
        },
    };
}
