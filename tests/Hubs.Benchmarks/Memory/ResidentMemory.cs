using System.Net.Http.Json;
using Hubs.Benchmarks.Bookings;
using Hubs.Benchmarks.Directory;
using Hubs.Benchmarks.Measurement;
using Hubs.Benchmarks.Rig;
using Hubs.IntegrationTests.Infrastructure;

namespace Hubs.Benchmarks.Memory;

/// <summary>
/// Resident memory (VmRSS) of each process the rig starts, idle and at its peak under load: hub nodes (as built, and
/// with the GC settings worth considering, set through DOTNET_ environment variables), the directory and the gateway.
/// Load: clients booking at every hub node, then searching the directory through the gateway, VmRSS sampled every 100 ms.
/// </summary>
internal static class ResidentMemory
{
    private const double HubNodeTargetMiB = 150;

    /// <summary>
    /// Hub ids with the runtime settings their node runs with; the first runs as built and is the baseline, the third
    /// with the local run's (deploy/Hubs.AppHost/LeanRuntime.cs, compiled in here, not copied).
    /// </summary>
    private static readonly (string HubId, string Label, IReadOnlyDictionary<string, string> Gc)[] Variants =
    [
        ("lomazzo", "as built", new Dictionary<string, string>()),
        ("ivrea", "workstation GC, non-concurrent, no TieredPGO", new Dictionary<string, string>
        {
            ["DOTNET_gcServer"] = "0", ["DOTNET_gcConcurrent"] = "0", ["DOTNET_TieredPGO"] = "0",
        }),
        ("novara", "the local run's (" + string.Join(", ", Hubs.AppHost.LeanRuntime.Settings.Select(s => $"{s.Key}={s.Value}")) + ")", Hubs.AppHost.LeanRuntime.Settings),
        ("caserta", "the local run's + DOTNET_TieredCompilation=0", new Dictionary<string, string>(Hubs.AppHost.LeanRuntime.Settings)
        {
            ["DOTNET_TieredCompilation"] = "0",
        }),
    ];

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var options = new Arguments(args);
        var idleSeconds = options.Number("--idle-seconds", 10);
        var loadSeconds = options.Number("--load-seconds", 5);
        var clients = options.Number("--clients", 16);

        await using var rig = await BenchmarkRig.StartAsync(options.Number("--broker-port", TestPorts.Benchmarks));
        var directory = await DirectoryUnderTest.StartAsync(rig);
        var hubs = new List<(string HubId, string Label, ServiceProcess Node)>();
        foreach (var (hubId, label, gc) in Variants)
        {
            var environment = rig.ServiceEnvironment($"hub-{hubId}.db");
            environment["Hub__Id"] = hubId;
            foreach (var (key, value) in gc)
            {
                environment[key] = value;
            }

            hubs.Add((hubId, label, await rig.StartServiceAsync($"hub-{hubId}", "services", "Hubs.HubNode", environment)));
        }

        var gateway = await DirectoryUnderTest.StartGatewayAsync(rig, directory, hubs[0].HubId, hubs[0].Node.BaseAddress);
        var processes = hubs.Select(h => ($"hub node {h.HubId} ({h.Label})", h.Node)).Append(("directory", directory)).Append(("gateway", gateway)).ToList();

        Console.WriteLine($"Idle for {idleSeconds} s, then reading VmRSS…");
        await Task.Delay(TimeSpan.FromSeconds(idleSeconds), cancellationToken);
        var idle = processes.ToDictionary(p => p.Item1, p => ProcessStatus.ResidentMiB(p.Item2.ProcessId!.Value));

        var peaks = processes.ToDictionary(p => p.Item1, p => idle[p.Item1]);
        using var sampling = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                foreach (var (name, process) in processes)
                {
                    lock (peaks)
                    {
                        peaks[name] = Math.Max(peaks[name], ProcessStatus.ResidentMiB(process.ProcessId!.Value));
                    }
                }

                await Task.Delay(100, CancellationToken.None);
            }
        }, CancellationToken.None);

        foreach (var (hubId, _, node) in hubs)
        {
            Console.WriteLine($"Load: {clients} clients booking at {hubId} for {loadSeconds} s…");
            using var http = new HttpClient { BaseAddress = node.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
            http.DefaultRequestHeaders.Authorization = new("Bearer", Hubs.ServiceDefaults.Security.TokenIssuer.Staff(rig.Auth, hubId));
            var experts = await BookableExperts.CreateAsync(http, hubId, 5, cancellationToken);
            var plan = await SlotPlan.LoadAsync(http, hubId, experts, 30, cancellationToken);
            var sequence = 0;
            await ClosedLoad.RunAsync(clients, TimeSpan.FromSeconds(loadSeconds), async (client, ct) =>
            {
                if (!plan.TryTake(out var slot))
                {
                    return CallOutcome.Exhausted;
                }

                using var response = await http.PostAsJsonAsync($"/api/hubs/{hubId}/bookings",
                    BookingRequests.Booking(slot.ExpertId, slot.Start, $"mem-{client}-{Interlocked.Increment(ref sequence)}"), ct);
                return response.IsSuccessStatusCode ? CallOutcome.Succeeded : CallOutcome.Failed;
            }, cancellationToken);
        }

        Console.WriteLine($"Load: {clients} clients searching the directory through the gateway for {loadSeconds} s…");
        using (var gatewayClient = new HttpClient { BaseAddress = gateway.BaseAddress, Timeout = TimeSpan.FromSeconds(60) })
        {
            await ClosedLoad.RunAsync(clients, TimeSpan.FromSeconds(loadSeconds), async (client, ct) =>
            {
                using var response = await gatewayClient.GetAsync(DirectoryRequests.Searches[client % DirectoryRequests.Searches.Length], ct);
                await response.Content.ReadAsByteArrayAsync(ct);
                return response.IsSuccessStatusCode ? CallOutcome.Succeeded : CallOutcome.Failed;
            }, cancellationToken);
        }

        await sampling.CancelAsync();
        await sampler;

        var report = new Report("Resident memory (VmRSS) of each process, idle and at its peak under load");
        var asBuilt = processes[0].Item1;
        foreach (var (name, _) in processes.Where(p => p.Item1.StartsWith("hub node", StringComparison.Ordinal)))
        {
            report.Ratio($"{name}, idle", idle[name], "MiB", "target for an idle hub node", HubNodeTargetMiB);
        }

        foreach (var (name, _) in processes.Where(p => p.Item1.StartsWith("hub node", StringComparison.Ordinal)).Skip(1))
        {
            report.Ratio($"{name}, idle", idle[name], "MiB", "hub node as built, idle", idle[asBuilt]);
            report.Ratio($"{name}, peak under load", peaks[name], "MiB", "hub node as built, peak", peaks[asBuilt]);
        }

        foreach (var (name, _) in processes)
        {
            report.Ratio($"{name}: peak under load", peaks[name], "MiB", "its own idle", idle[name]);
        }

        report.Note("load", $"{clients} clients booking distinct slots at each hub node for {loadSeconds} s in turn, then {clients} clients searching the (nearly empty) directory through the gateway for {loadSeconds} s; idle = {idleSeconds} s after start");
        report.Print();
        return 0;
    }
}
