using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using Hubs.Gateway.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Hubs.Gateway.Tests.Edge;

/// <summary>
/// Measures, with the default limits, the request rate at which one client starts getting 429s while another client
/// keeps being served. The numbers are printed for the record; only the outcome (who is refused) is asserted.
/// </summary>
public sealed class RateMeasurementTests(ITestOutputHelper output)
{
    private const string Path = "/api/hubs/alpha/experts";

    [Fact]
    public async Task Measures_the_rate_at_which_one_client_is_refused_while_another_is_served()
    {
        await using var federation = await TestFederation.StartAsync(["alpha"]);
        var busy = federation.ClientFrom("127.0.0.2");
        var other = federation.ClientFrom("127.0.0.3");

        // Below the limit (50/s, bursts of 100): a steady 45 a second for 3 s. Then twice the limit for 4 s: the burst
        // lasts about 2 s, after which the client is held to the limit.
        var below = await RunAsync(busy, other, TimeSpan.FromSeconds(3), busyPerSecond: 45);
        var above = await RunAsync(busy, other, TimeSpan.FromSeconds(4), busyPerSecond: 100);

        output.WriteLine(below.Describe());
        output.WriteLine(above.Describe());

        Assert.Equal(0, below.BusyRefused);
        Assert.True(above.BusyRefused > 0, "a client far above the limit was never refused");
        Assert.Equal(0, below.OtherRefused + above.OtherRefused);
        Assert.Equal(below.OtherSent + above.OtherSent, below.OtherServed + above.OtherServed);
    }

    private static async Task<Run> RunAsync(HttpClient busy, HttpClient other, TimeSpan duration, int busyPerSecond)
    {
        var busyResults = new ConcurrentQueue<(TimeSpan At, HttpStatusCode Status)>();
        var otherResults = new ConcurrentQueue<HttpStatusCode>();
        var clock = Stopwatch.StartNew();

        // The other client, a steady 10 a second throughout.
        await Task.WhenAll(
            PacedAsync(busy, busyPerSecond, duration, clock, status => busyResults.Enqueue((clock.Elapsed, status))),
            PacedAsync(other, 10, duration, clock, otherResults.Enqueue));

        return new Run(busyPerSecond, [.. busyResults.OrderBy(r => r.At)], [.. otherResults], duration);
    }

    /// <summary>Request i leaves at i/rate seconds (never earlier), each on its own, so a slow answer does not slow the pace.</summary>
    private static async Task PacedAsync(HttpClient client, int perSecond, TimeSpan duration, Stopwatch clock, Action<HttpStatusCode> record)
    {
        var sent = new List<Task>();
        for (var i = 0; ; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / perSecond);
            if (due >= duration)
            {
                break;
            }

            var wait = due - clock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait);
            }

            sent.Add(SendAsync());
        }

        await Task.WhenAll(sent);

        async Task SendAsync()
        {
            using var response = await client.GetAsync(Path);
            record(response.StatusCode);
        }
    }

    private sealed record Run(int PerSecond, (TimeSpan At, HttpStatusCode Status)[] Busy, HttpStatusCode[] Other, TimeSpan Duration)
    {
        public int BusyRefused => Busy.Count(r => r.Status == HttpStatusCode.TooManyRequests);

        public int OtherSent => Other.Length;

        public int OtherServed => Other.Count(s => s == HttpStatusCode.OK);

        public int OtherRefused => Other.Count(s => s == HttpStatusCode.TooManyRequests);

        public string Describe()
        {
            var text = string.Create(CultureInfo.InvariantCulture,
                $"busy client at {PerSecond} req/s for {Duration.TotalSeconds:F0} s: {Busy.Length - BusyRefused} served, {BusyRefused} refused (429)");
            var firstRefusal = Array.FindIndex(Busy, r => r.Status == HttpStatusCode.TooManyRequests);
            if (firstRefusal >= 0)
            {
                var at = Busy[firstRefusal].At;
                var servedAfter = Busy.Skip(firstRefusal).Count(r => r.Status == HttpStatusCode.OK);
                var sustained = servedAfter / (Duration - at).TotalSeconds;
                text += string.Create(CultureInfo.InvariantCulture,
                    $"; first 429 after {firstRefusal} served requests at {at.TotalMilliseconds:F0} ms; from then on served {sustained:F1} req/s");
            }

            return text + string.Create(CultureInfo.InvariantCulture, $"; other client: {OtherServed}/{OtherSent} served, {OtherRefused} refused");
        }
    }
}
