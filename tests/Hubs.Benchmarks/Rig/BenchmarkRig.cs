using Hubs.IntegrationTests.Infrastructure;

namespace Hubs.Benchmarks.Rig;

/// <summary>
/// What one benchmark runs against, all on loopback: a private RabbitMQ node of its own (own ports, data and epmd), a
/// virtual host, a data folder for the services' SQLite files, and the service processes started in it. Disposing
/// stops every process, then the node and its epmd, and removes the data.
/// </summary>
internal sealed class BenchmarkRig : IAsyncDisposable
{
    private const int PortAttempts = 3;
    private const int EpmdStopAttempts = 10;

    private readonly List<ServiceProcess> _services = [];

    private BenchmarkRig(RabbitMqNode broker, string virtualHost, string brokerUri, string dataDirectory)
    {
        Broker = broker;
        VirtualHost = virtualHost;
        BrokerUri = brokerUri;
        DataDirectory = dataDirectory;
    }

    public RabbitMqNode Broker { get; }

    public string VirtualHost { get; }

    /// <summary>amqp://guest:guest@127.0.0.1:PORT/VHOST, as services read it from ConnectionStrings:rabbitmq.</summary>
    public string BrokerUri { get; }

    public string DataDirectory { get; }

    public static async Task<BenchmarkRig> StartAsync(int firstBrokerPort)
    {
        var port = PortBlock.FindFree(firstBrokerPort);
        Console.WriteLine($"Starting a private RabbitMQ node on 127.0.0.1:{port} (ports {port}-{port + PortBlock.Size - 1})…");
        var broker = await RabbitMqNode.StartOwnAsync(port);
        try
        {
            const string virtualHost = "hubs-bench";
            var uri = await broker.CreateVirtualHostAsync(virtualHost);
            return new BenchmarkRig(broker, virtualHost, uri, System.IO.Directory.CreateTempSubdirectory("hubs-bench-").FullName);
        }
        catch
        {
            await broker.DisposeOwnAsync();
            throw;
        }
    }

    /// <summary>Starts a service's Release (or Debug) build on a free loopback port and waits until it is healthy.</summary>
    /// <param name="port">A port chosen beforehand (another service must know it first); a free one otherwise.</param>
    public async Task<ServiceProcess> StartServiceAsync(string name, string folder, string project, Dictionary<string, string> environment, int? port = null)
    {
        for (var attempt = 1; ; attempt++)
        {
            var service = new ServiceProcess(name, Repository.ServiceDll(folder, project), environment, port);
            _services.Add(service);
            try
            {
                await service.StartAsync();
                Console.WriteLine($"{name} listening on {service.BaseAddress}");
                return service;
            }
            catch (InvalidOperationException) when (port is null && attempt < PortAttempts && service.Output.Any(l => l.Contains("address already in use", StringComparison.Ordinal)))
            {
                // The free port was taken between picking and binding (others' tests run on this machine too): another one.
                await service.StopAsync();
                _services.Remove(service);
            }
        }
    }

    /// <summary>The rig's own token signing key: services validate with it, the benchmark signs staff tokens with it.</summary>
    public Hubs.ServiceDefaults.Security.AuthOptions Auth { get; } = new() { SigningKey = Hubs.ServiceDefaults.Security.TokenIssuer.NewSigningKey() };

    /// <summary>The settings every service of the rig shares: the broker and a SQLite file of its own.</summary>
    public Dictionary<string, string> ServiceEnvironment(string databaseFile) => new()
    {
        ["Auth__SigningKey"] = Auth.SigningKey!,
        ["ConnectionStrings__rabbitmq"] = BrokerUri,
        ["Storage__Provider"] = "sqlite",
        ["Storage__Sqlite__Path"] = Path.Combine(DataDirectory, databaseFile),
    };

    public async ValueTask DisposeAsync()
    {
        await Task.WhenAll(_services.Select(s => s.StopAsync()));

        // epmd refuses "-kill" while a node (the broker, or the CLI's own) is still registered, so a stop racing the
        // node's exit leaves the daemon behind, holding the port block; seen here. Stop again until it is gone.
        var epmd = PortBlock.EpmdPort(Broker.AmqpPort);
        await Broker.StopAsync();
        for (var attempt = 0; attempt < EpmdStopAttempts && !PortBlock.IsFree(epmd); attempt++)
        {
            await Task.Delay(500);
            await Broker.StopAsync();
        }

        if (!PortBlock.IsFree(epmd))
        {
            Console.WriteLine($"The node's epmd still listens on 127.0.0.1:{epmd}; stop it with: epmd -port {epmd} -kill");
        }

        await Broker.DisposeOwnAsync();
        try
        {
            System.IO.Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }

        Console.WriteLine("Stopped the services and the RabbitMQ node (with its epmd).");
    }
}
