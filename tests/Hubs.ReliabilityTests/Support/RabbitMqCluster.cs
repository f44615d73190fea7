using System.Diagnostics;
using System.Globalization;
using Hubs.IntegrationTests.Infrastructure;

namespace Hubs.ReliabilityTests.Support;

/// <summary>
/// Three RabbitMQ nodes clustered on loopback (deploy/rabbitmq/local-cluster.sh): node N listens for AMQP on
/// base + 16·(N−1), its management API one port above. The services connect with all three in their connection string.
/// </summary>
internal sealed class RabbitMqCluster : IAsyncDisposable
{
    private readonly string _directory;
    private readonly int _basePort;

    private RabbitMqCluster(string directory, int basePort)
    {
        _directory = directory;
        _basePort = basePort;
        Nodes = [.. Enumerable.Range(1, 3).Select(n => RabbitMqNode.InCluster(AmqpPort(n), Hosts, directory))];
    }

    /// <summary>Every node as host:port, the way a connection string lists them.</summary>
    public string Hosts => string.Join(',', Enumerable.Range(1, 3).Select(n => $"127.0.0.1:{AmqpPort(n)}"));

    /// <summary>Node 1..3 (index 0..2), each with its own management API.</summary>
    public IReadOnlyList<RabbitMqNode> Nodes { get; }

    public static async Task<RabbitMqCluster> StartAsync(int basePort)
    {
        var cluster = new RabbitMqCluster(Path.Combine(Path.GetTempPath(), $"hubs-tests-rabbitmq-cluster-{basePort}-{Environment.ProcessId}"), basePort);
        await cluster.RunAsync("start");
        return cluster;
    }

    /// <summary>The Erlang node name of node <paramref name="n"/> (1..3), as the management API reports it.</summary>
    public string NodeName(int n) => $"hubs{AmqpPort(n)}@localhost";

    public int NodeNumber(string nodeName) => Enumerable.Range(1, 3).Single(n => NodeName(n) == nodeName);

    /// <summary>SIGKILL: no clean shutdown, no goodbye to the other nodes, as when a machine dies.</summary>
    public Task KillAsync(int n) => RunAsync("kill", n);

    /// <summary>Starts a killed node again with its data; it rejoins the cluster by itself.</summary>
    public Task RestartAsync(int n) => RunAsync("restart", n);

    public async ValueTask DisposeAsync()
    {
        await RunAsync("stop");
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private int AmqpPort(int n) => _basePort + 16 * (n - 1);

    private Task RunAsync(string command, int? node = null) => Task.Run(() =>
    {
        var script = Path.Combine(Repository.Root, "deploy", "rabbitmq", "local-cluster.sh");
        List<string> arguments = [script, command, _directory, _basePort.ToString(CultureInfo.InvariantCulture)];
        if (node is { } n)
        {
            arguments.Add(n.ToString(CultureInfo.InvariantCulture));
        }

        using var process = Process.Start(new ProcessStartInfo("bash", arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0 && command != "stop")
        {
            throw new InvalidOperationException($"local-cluster.sh {command} failed ({process.ExitCode}): {output.Result}{errors.Result}");
        }
    });
}
