using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hubs.Benchmarks.Measurement;

namespace Hubs.Benchmarks.Propagation;

/// <summary>
/// Latency from an expert change accepted by a hub (HTTP 2xx through the gateway) to the directory serving that
/// version: the outbox relay, the broker and the directory's projection together. Polls every 5 ms, so each sample
/// is late by up to 5 ms plus one directory query.
/// </summary>
internal static class PropagationLatency
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = new Arguments(args);
        var gateway = new Uri(options.Text("--gateway", "http://127.0.0.1:8080"));
        var hub = options.Text("--hub", "lomazzo");
        var changes = options.Number("--changes", 100);
        using var client = new HttpClient { BaseAddress = gateway, Timeout = TimeSpan.FromSeconds(30) };
        // Staff of the hub change its experts: sign with the local key ./run.sh created (or --key-file).
        var keyFile = options.Text("--key-file", Path.Combine(".hubs", "signing-key"));
        var auth = new Hubs.ServiceDefaults.Security.AuthOptions { SigningKey = (await File.ReadAllTextAsync(keyFile)).Trim() };
        client.DefaultRequestHeaders.Authorization = new("Bearer", Hubs.ServiceDefaults.Security.TokenIssuer.Staff(auth, hub));

        var marker = "Latency" + Guid.NewGuid().ToString("N")[..8];
        var created = await client.PostAsJsonAsync($"/api/hubs/{hub}/experts", Body(marker, 0));
        created.EnsureSuccessStatusCode();
        var id = (await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        await WaitForVersionAsync(client, marker, 1);

        var samples = new Latencies();
        for (var i = 1; i <= changes; i++)
        {
            var clock = Stopwatch.StartNew();
            var response = await client.PutAsJsonAsync($"/api/hubs/{hub}/experts/{id}", Body(marker, i));
            response.EnsureSuccessStatusCode();
            var version = (await response.Content.ReadFromJsonAsync<JsonObject>())!["version"]!.GetValue<long>();
            await WaitForVersionAsync(client, marker, version);
            samples.Add(clock.Elapsed.TotalMilliseconds);
        }

        await client.DeleteAsync($"/api/hubs/{hub}/experts/{id}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"expert change -> directory, {changes} changes at {hub}: p50 {samples.P50:F1} ms, p99 {samples.P99:F1} ms, max {samples.Percentile(1.0):F1} ms"));
        return 0;
    }

    private static object Body(string marker, int revision) => new
    {
        name = $"Demo {marker}",
        title = $"Revision {revision}",
        bio = "Demo data — invented person used to measure propagation latency.",
        competencies = new[] { "ai-data" },
        languages = new[] { "it" },
    };

    private static async Task WaitForVersionAsync(HttpClient client, string marker, long version)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(30))
        {
            var page = await client.GetFromJsonAsync<JsonObject>($"/api/directory/experts?q={marker}");
            if (page!["items"]!.AsArray().Any(e => e!["version"]!.GetValue<long>() >= version))
            {
                return;
            }

            await Task.Delay(5);
        }

        throw new TimeoutException($"version {version} of {marker} never reached the directory");
    }
}
