namespace Hubs.Benchmarks.Measurement;

/// <summary>What a closed-loop load run achieved: successful calls (with their latencies) over the run's wall time.</summary>
internal sealed record LoadResult(Latencies Latencies, int Failures, TimeSpan Elapsed)
{
    public int Succeeded => Latencies.Count;

    public double PerSecond => Succeeded / Elapsed.TotalSeconds;
}
