namespace Hubs.Benchmarks.Measurement;

/// <summary>
/// Publishing as fast as confirms allow: up to a window of publishes in flight, awaited a window at a time. The raw
/// baseline and the MassTransit publisher go through this same loop, so neither is favoured by how it is driven.
/// </summary>
internal static class PublishWindow
{
    public const int DefaultSize = 256;

    public static async Task RunAsync(int count, int window, Func<int, Task> publish, CancellationToken cancellationToken)
    {
        var inFlight = new List<Task>(window);
        for (var i = 0; i < count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            inFlight.Add(publish(i));
            if (inFlight.Count == window)
            {
                await Task.WhenAll(inFlight);
                inFlight.Clear();
            }
        }

        await Task.WhenAll(inFlight);
    }
}
