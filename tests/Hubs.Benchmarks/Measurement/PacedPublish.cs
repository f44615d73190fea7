using System.Diagnostics;

namespace Hubs.Benchmarks.Measurement;

/// <summary>
/// Publishing at a fixed rate (an open loop): message i is sent at i / rate seconds whether or not earlier ones were
/// confirmed, as independent hubs would send them. The raw baseline and the hubs' publisher share this loop.
/// </summary>
internal static class PacedPublish
{
    public static async Task RunAsync(int count, int perSecond, Func<int, Task> publish, CancellationToken cancellationToken)
    {
        var inFlight = new List<Task>(count);
        var clock = Stopwatch.StartNew();
        var sent = 0;
        while (sent < count)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var due = Math.Min(count, (int)(clock.Elapsed.TotalSeconds * perSecond) + 1);
            for (; sent < due; sent++)
            {
                inFlight.Add(publish(sent));
            }

            // About a millisecond: at 1,000/s that sends one or two at a time, never a burst of a whole second.
            await Task.Delay(1, cancellationToken);
        }

        await Task.WhenAll(inFlight);
    }
}
