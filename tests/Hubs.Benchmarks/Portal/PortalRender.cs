using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hubs.Benchmarks.Directory;
using Hubs.Benchmarks.Measurement;
using Hubs.Benchmarks.Rig;
using Hubs.IntegrationTests.Infrastructure;

namespace Hubs.Benchmarks.Portal;

/// <summary>
/// What a page of the portal costs the server: the home (hubs on the map), the need's results (a referral ranked by
/// the directory) and the booking page (a hub's profile, experts, consent and a week of slots), each fetched whole
/// through the gateway as a browser does, in turns with the gateway's own <c>GET /alive</c> (the floor: the same
/// sockets, the same proxy, nothing rendered). One hub node with its demo experts, the directory, the portal, the gateway.
/// </summary>
internal static class PortalRender
{
    private const string HubId = "lomazzo";

    private static readonly (string Name, string Path)[] Pages =
    [
        ("home", "/"),
        ("need results", "/need?topic=ecommerce&province=CO"),
        ("book", $"/hubs/{HubId}/book?topic=ecommerce&province=CO"),
    ];

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var options = new Arguments(args);
        var requests = options.Number("--requests", 300);

        await using var rig = await BenchmarkRig.StartAsync(options.Number("--broker-port", TestPorts.Benchmarks));
        var directory = await DirectoryUnderTest.StartAsync(rig);
        var hubEnvironment = rig.ServiceEnvironment($"hub-{HubId}.db");
        hubEnvironment["Hub__Id"] = HubId;
        hubEnvironment["Hub__SeedDemoData"] = "true";
        var hub = await rig.StartServiceAsync($"hub-{HubId}", "services", "Hubs.HubNode", hubEnvironment);
        var gatewayPort = FreePort.Next();
        var portal = await rig.StartServiceAsync("portal", "services", "Hubs.Portal", new()
        {
            ["Gateway__BaseUrl"] = $"http://127.0.0.1:{gatewayPort}/",
            ["Auth__SigningKey"] = rig.Auth.SigningKey!,
        });
        var gateway = await DirectoryUnderTest.StartGatewayAsync(rig, directory, HubId, hub.BaseAddress, portal, gatewayPort);

        using var client = new HttpClient { BaseAddress = gateway.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        await Eventually.Until(
            async () => (long)(await client.GetFromJsonAsync<JsonObject>($"api/directory/experts?hub={HubId}", cancellationToken))!["total"]!,
            total => total > 0, TimeSpan.FromSeconds(60), "the hub's demo experts in the directory");

        var sizes = new Dictionary<string, int>(StringComparer.Ordinal);
        var calls = Pages.Select(p => Page(client, p.Path, p.Name, sizes)).Append(Page(client, "/alive", "alive", sizes)).ToList();
        Console.WriteLine($"Warming up, then {requests} requests of each page and of the gateway's /alive, in turns…");
        IReadOnlyList<Latencies> latencies;
        try
        {
            await Interleaved.RunAsync(30, calls, cancellationToken);
            latencies = await Interleaved.RunAsync(requests, calls, cancellationToken);
        }
        catch (InvalidOperationException ex)
        {
            // A page that failed: what the portal said about it, for whoever runs this.
            Console.WriteLine(ex.Message);
            Console.WriteLine(string.Join('\n', portal.Output.TakeLast(40)));
            return 1;
        }

        var floor = latencies[^1];

        var report = new Report($"Portal server render through the gateway ({requests} requests each, sequential, in turns with GET /alive)");
        for (var i = 0; i < Pages.Length; i++)
        {
            report.Ratio($"{Pages[i].Name} p50", latencies[i].P50, "ms", "/alive p99", floor.P99, "F2");
            report.Ratio($"{Pages[i].Name} p99", latencies[i].P99, "ms", "/alive p99", floor.P99, "F2");
        }

        report.Note("/alive p50 / p99", $"{Report.Number(floor.P50, "F2")} ms / {Report.Number(floor.P99, "F2")} ms");
        report.Note("page sizes (uncompressed HTML)", string.Join(", ", Pages.Select(p => $"{p.Name} {sizes[p.Name]:N0} B")));
        report.Print();
        return 0;
    }

    private static Func<int, CancellationToken, Task> Page(HttpClient client, string path, string name, Dictionary<string, int> sizes) => async (_, ct) =>
    {
        using var response = await client.GetAsync(path, ct);
        var body = await response.Content.ReadAsByteArrayAsync(ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{path} answered {(int)response.StatusCode}.");
        }

        sizes[name] = body.Length;
    };
}
