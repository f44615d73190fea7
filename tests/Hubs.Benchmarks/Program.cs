using System.Runtime.InteropServices;
using BenchmarkDotNet.Running;
using Hubs.Benchmarks.Bookings;
using Hubs.Benchmarks.Directory;
using Hubs.Benchmarks.Propagation;

// dotnet run -c Release --project tests/Hubs.Benchmarks -- bookings [--clients 50] [--seconds 10] [--experts 20] [--days 60] [--listings 200] [--broker-port 6100]
//   starts its own broker node and one hub node: bookings/s vs GET /alive, slot listing p50/p99 vs GET /alive.
// dotnet run -c Release --project tests/Hubs.Benchmarks -- directory [--hubs 12] [--experts-per-hub 2000] [--events 20000] [--requests 200] [--broker-port 6100]
//   starts its own broker node, the directory and a gateway: search and referral p50/p99 vs the gateway's GET /alive,
//   projection events/s vs raw RabbitMQ.Client publish → consume on the same broker.
// dotnet run -c Release --project tests/Hubs.Benchmarks -- all
//   bookings, then directory (propagation needs a running federation, so it is not part of it).
// dotnet run -c Release --project tests/Hubs.Benchmarks -- propagation [--gateway URL] [--hub ID] [--changes N]
//   measures, against a running federation (./run.sh), how long an expert change at a hub takes to show in the directory.
// dotnet run -c Release --project tests/Hubs.Benchmarks -- [BenchmarkDotNet arguments]
//   runs the micro-benchmarks, each against a baseline measured in the same run.
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
        case "propagation":
            return await PropagationLatency.RunAsync(args[1..]);
        case "bookings":
            return await BookingBenchmark.RunAsync(args[1..], cancellationToken);
        case "directory":
            return await DirectoryBenchmark.RunAsync(args[1..], cancellationToken);
        case "all":
            var bookings = await BookingBenchmark.RunAsync(args[1..], cancellationToken);
            var directory = await DirectoryBenchmark.RunAsync(args[1..], cancellationToken);
            return Math.Max(bookings, directory);
        default:
            BenchmarkSwitcher.FromAssembly(typeof(PropagationLatency).Assembly).Run(args);
            return 0;
    }
}
