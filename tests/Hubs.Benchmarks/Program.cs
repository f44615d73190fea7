using System.Runtime.InteropServices;
using BenchmarkDotNet.Running;
using Hubs.Benchmarks.Bookings;
using Hubs.Benchmarks.Directory;
using Hubs.Benchmarks.Gateway;
using Hubs.Benchmarks.Memory;
using Hubs.Benchmarks.Propagation;

// dotnet run -c Release --project tests/Hubs.Benchmarks -- <scenario> [options]; every scenario starts its own private
// broker node (--broker-port, default HUBS_TEST_RABBITMQ_PORT+80, 6040 without it) and the service processes it needs on loopback, and stops them at the end.
//   bookings     bookings/s vs GET /alive, slot listing vs /alive, clients racing for the same slots vs uncontended
//   directory    search and referral through the gateway vs its /alive; projection vs raw RabbitMQ.Client
//   gateway      the same request direct and through YARP, N clients: throughput and p50/p99
//   propagation  hub events → visible in the directory at fixed rates and the highest sustained rate, vs raw
//                publish → consume (with --gateway URL: against a running federation, ./run.sh, instead)
//   catchup      N changes queued while the directory is down → all applied after its restart, vs raw drain
//   mail         booking → confirmation at a real SMTP server (p50/p99) vs the POST; queued mail drained/s vs the server's own rate
//   hubscale     the projection's CPU and wall time per event with 12, 120, 1,200 hubs, vs 12
//   memory       VmRSS of each process idle and under load, hub nodes with GC variants
//   live         booking → the coordinators' conditional poll (2 s) sees it, p50/p99 vs a 20 ms poll; directory CPU with 0 and 10 watchers
//   portal       server render p50/p99 of the home, need results and book pages through the gateway vs its /alive
//   all          every one of them except propagation against a running federation
// Options of each: its file, and tests/Hubs.Benchmarks/README.md. Anything else runs BenchmarkDotNet's micro-benchmarks.
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // Stop measuring but let the finally blocks stop the processes and the broker node.
    e.Cancel = true;
    cancellation.Cancel();
};

// The same for a plain kill or a `timeout`: otherwise the broker node and the services would outlive the run.
using var termination = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    cancellation.Cancel();
});

try
{
    return await RunAsync(args, cancellation.Token);
}
catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
{
    Console.WriteLine("Cancelled; everything this run started has been stopped.");
    return 130;
}

static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
{
    switch (args.FirstOrDefault())
    {
        case "propagation" when args.Contains("--gateway"):
            return await PropagationLatency.RunAsync(args[1..]);
        case "all":
            var worst = 0;
            foreach (var scenario in Scenarios.Keys)
            {
                Console.WriteLine($"== {scenario} ==");
                worst = Math.Max(worst, await Scenarios[scenario](args[1..], cancellationToken));
            }

            return worst;
        case { } name when Scenarios.TryGetValue(name, out var run):
            return await run(args[1..], cancellationToken);
        default:
            BenchmarkSwitcher.FromAssembly(typeof(PropagationLatency).Assembly).Run(args);
            return 0;
    }
}

/// <summary>The scenarios by name, in the order <c>all</c> runs them.</summary>
internal static partial class Program
{
    private static readonly Dictionary<string, Func<string[], CancellationToken, Task<int>>> Scenarios = new(StringComparer.Ordinal)
    {
        ["bookings"] = BookingBenchmark.RunAsync,
        ["mail"] = Hubs.Benchmarks.Mail.MailBenchmark.RunAsync,
        ["directory"] = DirectoryBenchmark.RunAsync,
        ["gateway"] = GatewayOverhead.RunAsync,
        ["live"] = Hubs.Benchmarks.Network.LiveFiguresBenchmark.RunAsync,
        ["propagation"] = PropagationBenchmark.RunAsync,
        ["catchup"] = CatchUpBenchmark.RunAsync,
        ["hubcatchup"] = HubCatchUpBenchmark.RunAsync,
        ["hubscale"] = HubScaleBenchmark.RunAsync,
        ["memory"] = ResidentMemory.RunAsync,
        ["portal"] = Hubs.Benchmarks.Portal.PortalRender.RunAsync,
    };
}
