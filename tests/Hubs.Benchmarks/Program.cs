using BenchmarkDotNet.Running;
using Hubs.Benchmarks.Propagation;

// dotnet run -c Release --project tests/Hubs.Benchmarks -- propagation [--gateway URL] [--hub ID] [--changes N]
//   measures, against a running federation (./run.sh), how long an expert change at a hub takes to show in the directory.
// dotnet run -c Release --project tests/Hubs.Benchmarks -- [BenchmarkDotNet arguments]
//   runs the micro-benchmarks, each against a baseline measured in the same run.
if (args.Length > 0 && args[0] == "propagation")
{
    return await PropagationLatency.RunAsync(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(PropagationLatency).Assembly).Run(args);
return 0;
