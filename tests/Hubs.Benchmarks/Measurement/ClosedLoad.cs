using System.Diagnostics;

namespace Hubs.Benchmarks.Measurement;

/// <summary>
/// A closed loop: each client sends its next call as soon as the previous one answered, until the duration is over.
/// Throughput is successful calls over the wall time until the last client's last call returned.
/// </summary>
internal static class ClosedLoad
{
    public static async Task<LoadResult> RunAsync(
        int clients, TimeSpan duration, Func<int, CancellationToken, Task<CallOutcome>> call, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            var latencies = new Latencies();
            var failures = 0;
            while (clock.Elapsed < duration && !cancellationToken.IsCancellationRequested)
            {
                var started = Stopwatch.GetTimestamp();
                var outcome = await call(client, cancellationToken);
                if (outcome == CallOutcome.Exhausted)
                {
                    break;
                }

                if (outcome == CallOutcome.Succeeded)
                {
                    latencies.Add(started);
                }
                else
                {
                    failures++;
                }
            }

            return (latencies, failures);
        }, cancellationToken)).ToArray();

        var results = await Task.WhenAll(workers);
        var elapsed = clock.Elapsed;
        var all = new Latencies();
        foreach (var (latencies, _) in results)
        {
            all.AddRange(latencies);
        }

        return new LoadResult(all, results.Sum(r => r.failures), elapsed);
    }
}
