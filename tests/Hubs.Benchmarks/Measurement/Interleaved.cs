using System.Diagnostics;

namespace Hubs.Benchmarks.Measurement;

/// <summary>
/// Sequential latency of several calls measured in turns (a, b, c, a, b, c, …) rather than one after the other, so a
/// burst of load from elsewhere on the machine hits each of them alike and their ratio stays meaningful.
/// </summary>
internal static class Interleaved
{
    public static async Task<IReadOnlyList<Latencies>> RunAsync(
        int rounds, IReadOnlyList<Func<int, CancellationToken, Task>> calls, CancellationToken cancellationToken)
    {
        var latencies = calls.Select(_ => new Latencies()).ToArray();
        for (var round = 0; round < rounds; round++)
        {
            for (var c = 0; c < calls.Count; c++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var started = Stopwatch.GetTimestamp();
                await calls[c](round, cancellationToken);
                latencies[c].Add(started);
            }
        }

        return latencies;
    }
}
