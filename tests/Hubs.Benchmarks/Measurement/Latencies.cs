using System.Diagnostics;

namespace Hubs.Benchmarks.Measurement;

/// <summary>Latencies of one kind of call, in milliseconds; percentiles by nearest rank. Not thread-safe: one per worker, then merged.</summary>
internal sealed class Latencies
{
    private readonly List<double> _milliseconds = [];
    private bool _sorted = true;

    public int Count => _milliseconds.Count;

    public double P50 => Percentile(0.50);

    public double P99 => Percentile(0.99);

    public void Add(long startTimestamp) => Add(Stopwatch.GetElapsedTime(startTimestamp).TotalMilliseconds);

    public void Add(double milliseconds)
    {
        _milliseconds.Add(milliseconds);
        _sorted = false;
    }

    public void AddRange(Latencies other)
    {
        _milliseconds.AddRange(other._milliseconds);
        _sorted = false;
    }

    public double Percentile(double p)
    {
        if (_milliseconds.Count == 0)
        {
            return double.NaN;
        }

        if (!_sorted)
        {
            _milliseconds.Sort();
            _sorted = true;
        }

        return _milliseconds[Math.Clamp((int)Math.Ceiling(p * _milliseconds.Count) - 1, 0, _milliseconds.Count - 1)];
    }
}
