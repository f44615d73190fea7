using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hubs.IntegrationTests.Infrastructure;
using Hubs.ReliabilityTests.Support;
using Xunit.Abstractions;

namespace Hubs.ReliabilityTests.DirectoryCrash;

/// <summary>
/// Scenario 2: the directory killed with SIGKILL while hubs keep publishing expert changes, then restarted on the same
/// port and data file. It converges to the hubs' state: every active expert listed at the hub's version, every retired
/// one gone, nothing more.
/// </summary>
public sealed class DirectoryKilledMidLoadTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly string[] HubIds = ["ancona", "bari"];

    private TestFederation _federation = null!;

    public async Task InitializeAsync() => _federation = await TestFederation.StartAsync(HubIds);

    // Also when InitializeAsync failed: nothing started, nothing to stop (not a NullReferenceException hiding the cause).
    public async Task DisposeAsync()
    {
        if (_federation is not null)
        {
            await _federation.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_directory_killed_mid_load_converges_to_every_hubs_experts_at_their_versions_after_restart()
    {
        var gateway = _federation.GatewayClient;
        var churns = HubIds.Select(h => new ExpertChurn(gateway, h, TimeSpan.FromMilliseconds(300))).ToList();
        using var stop = new CancellationTokenSource();
        var load = Task.WhenAll(churns.Select(c => Task.Run(() => c.RunAsync(stop.Token))));

        await Task.Delay(TimeSpan.FromSeconds(4));
        await _federation.Directory.StopAsync();
        var sentBeforeKill = churns.Sum(c => c.Sent);
        await Task.Delay(TimeSpan.FromSeconds(5));
        var sentWhileDown = churns.Sum(c => c.Sent) - sentBeforeKill;
        await _federation.Directory.StartAsync();
        var restarted = Stopwatch.StartNew();
        await Task.Delay(TimeSpan.FromSeconds(4));
        await stop.CancelAsync();
        await load;

        var atHubs = new Dictionary<(string, Guid), long>();
        foreach (var hubId in HubIds)
        {
            foreach (var expert in (await gateway.GetFromJsonAsync<JsonArray>($"/api/hubs/{hubId}/experts"))!)
            {
                atHubs[(hubId, Guid.Parse(expert!["id"]!.GetValue<string>()))] = expert["version"]!.GetValue<long>();
            }
        }

        var listed = await Eventually.Until(
            () => ListedAsync(gateway),
            found => found.Count == atHubs.Count && atHubs.All(e => found.TryGetValue(e.Key, out var v) && v == e.Value),
            TimeSpan.FromSeconds(90),
            "the directory to list every hub's experts at their versions");
        var convergedIn = restarted.Elapsed;

        var lost = atHubs.Count(e => !listed.TryGetValue(e.Key, out var v) || v < e.Value);
        ReliabilityReport.Print(output, "directory-crash",
            ("hubs", HubIds.Length),
            ("sent", churns.Sum(c => c.Sent)),
            ("sent-while-down", sentWhileDown),
            ("acknowledged", churns.Sum(c => c.Acknowledged)),
            ("stored", atHubs.Count),
            ("received", listed.Count),
            ("lost", lost),
            ("duplicated", listed.Count - atHubs.Count),
            ("converged-in", convergedIn));

        Assert.True(sentWhileDown > 0, "no change was made while the directory was down");
        Assert.Equal(churns.Sum(c => c.Sent), churns.Sum(c => c.Acknowledged));
        Assert.Equal(0, lost);
        Assert.Equal(atHubs.OrderBy(e => e.Key), listed.OrderBy(e => e.Key));
    }

    /// <summary>The experts the directory lists for these hubs, with the version each shows.</summary>
    private static async Task<Dictionary<(string, Guid), long>> ListedAsync(HttpClient gateway)
    {
        var listed = new Dictionary<(string, Guid), long>();
        foreach (var hubId in HubIds)
        {
            var page = await gateway.GetFromJsonAsync<JsonObject>($"/api/directory/experts?hub={hubId}&pageSize=100");
            Assert.True(page!["total"]!.GetValue<long>() <= 100, "more experts than one directory page lists");
            foreach (var expert in page["items"]!.AsArray())
            {
                listed[(hubId, Guid.Parse(expert!["expertId"]!.GetValue<string>()))] = expert["version"]!.GetValue<long>();
            }
        }

        return listed;
    }
}
