namespace Hubs.IntegrationTests.Infrastructure;

/// <summary>
/// A small federation of real processes on the real broker: directory, exchange, some hub nodes and the gateway,
/// in a virtual host and a data folder of its own.
/// </summary>
internal sealed class TestFederation : IAsyncDisposable
{
    private readonly string _virtualHost = "hubs-test-" + Guid.NewGuid().ToString("N")[..12];
    private readonly Dictionary<string, ServiceProcess> _hubs = new(StringComparer.Ordinal);

    /// <summary>Settings every process of the federation starts with (an identity provider's authority, the environment).</summary>
    private IReadOnlyDictionary<string, string> _everyService = new Dictionary<string, string>();

    private TestFederation(string dataDirectory, RabbitMqNode broker)
    {
        DataDirectory = dataDirectory;
        Broker = broker;
    }

    public RabbitMqNode Broker { get; }

    public string VirtualHost => _virtualHost;

    public string DataDirectory { get; }

    /// <summary>The virtual host as guest, its administrator; services connect as their own users (<see cref="BrokerUriFor"/>).</summary>
    public string BrokerUri { get; private set; } = "";

    public ServiceProcess Directory { get; private set; } = null!;

    public ServiceProcess Exchange { get; private set; } = null!;

    public ServiceProcess Gateway { get; private set; } = null!;

    public IReadOnlyDictionary<string, ServiceProcess> Hubs => _hubs;

    /// <summary>The SMTP server every hub node of the federation sends its mail to.</summary>
    public global::Hubs.Testing.LoopbackSmtpServer Smtp { get; } = new();

    /// <summary>An HTTP client on the gateway, the one origin a user talks to.</summary>
    public HttpClient GatewayClient { get; private set; } = null!;

    /// <summary>The portal, when the federation was started with it (<see cref="StartWithPortalAsync"/>); served at the gateway's root.</summary>
    public ServiceProcess? Portal { get; private set; }

    public static Task<TestFederation> StartAsync(params string[] hubIds) => StartAsync(RabbitMqNode.Shared, hubIds);

    public static Task<TestFederation> StartAsync(RabbitMqNode broker, params string[] hubIds) =>
        StartAsync(broker, withPortal: false, hubIds, new Dictionary<string, string>());

    /// <summary>The federation with the portal behind the gateway and the hubs' demo experts, as ./run.sh runs it.</summary>
    public static Task<TestFederation> StartWithPortalAsync(params string[] hubIds) =>
        StartAsync(RabbitMqNode.Shared, withPortal: true, hubIds, new Dictionary<string, string>());

    /// <summary>The federation with the portal, every process started with <paramref name="everyService"/> too.</summary>
    public static Task<TestFederation> StartWithPortalAsync(IReadOnlyDictionary<string, string> everyService, params string[] hubIds) =>
        StartAsync(RabbitMqNode.Shared, withPortal: true, hubIds, new Dictionary<string, string>(), everyService);

    /// <summary>A federation whose directory runs with <paramref name="directorySettings"/> (environment variables) too.</summary>
    public static Task<TestFederation> StartAsync(RabbitMqNode broker, string[] hubIds, IReadOnlyDictionary<string, string> directorySettings) =>
        StartAsync(broker, withPortal: false, hubIds, directorySettings);

    private static async Task<TestFederation> StartAsync(
        RabbitMqNode broker, bool withPortal, string[] hubIds, IReadOnlyDictionary<string, string> directorySettings,
        IReadOnlyDictionary<string, string>? everyService = null)
    {
        var federation = new TestFederation(System.IO.Directory.CreateTempSubdirectory("hubs-federation-").FullName, broker);
        federation._everyService = everyService ?? federation._everyService;
        try
        {
            await federation.StartServicesAsync(hubIds, withPortal, directorySettings);
        }
        catch
        {
            // A service that would not start must not leave the ones already running behind the failed test.
            await federation.DisposeAsync();
            throw;
        }

        return federation;
    }

    private async Task StartServicesAsync(string[] hubIds, bool withPortal, IReadOnlyDictionary<string, string> directorySettings)
    {
        BrokerUri = await Broker.CreateVirtualHostAsync(_virtualHost);
        await BrokerUsers.CreateAsync(Broker, _virtualHost, hubIds);

        Directory = Service("directory", "services", "Hubs.Directory", "directory.db", new(directorySettings));
        Exchange = Service("exchange", "services", "Hubs.Exchange", "exchange.db");
        await Smtp.StartAsync();
        foreach (var hubId in hubIds)
        {
            _hubs[hubId] = Service($"hub-{hubId}", "services", "Hubs.HubNode", $"hub-{hubId}.db", new()
            {
                ["Hub__Id"] = hubId,
                ["Hub__HeartbeatInterval"] = "00:00:02",
                ["Hub__SeedDemoData"] = withPortal ? "true" : "false",
                ["Mail__Smtp__Host"] = "127.0.0.1",
                ["Mail__Smtp__Port"] = Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Mail__Smtp__Security"] = "None",
                ["Mail__FromAddress"] = $"prenotazioni@{hubId}.hubs.test",
                ["Mail__StaffAddress"] = StaffAddress(hubId),
                ["Mail__PollInterval"] = "00:00:00.200",
                ["Mail__FirstBackoff"] = "00:00:00.200",
                ["Mail__MaxBackoff"] = "00:00:01",
            });
        }

        // Consumers first, so their queues exist before the hubs publish (a fanout drops what no queue is bound to).
        // The browser suite starts the most processes at once; on a loaded machine they need longer to answer /health.
        TimeSpan? startTimeout = withPortal ? TimeSpan.FromMinutes(3) : null;
        await Task.WhenAll(Directory.StartAsync(startTimeout), Exchange.StartAsync(startTimeout));
        await Task.WhenAll(_hubs.Values.Select(h => h.StartAsync(startTimeout)));

        var gatewayEnvironment = new Dictionary<string, string>
        {
            ["Federation__DirectoryUrl"] = Directory.BaseAddress.ToString(),
            ["Federation__ExchangeUrl"] = Exchange.BaseAddress.ToString(),
            ["Auth__SigningKey"] = global::Hubs.Testing.TestAuth.Key,
            // Hubs that join later are routed from the directory's registry within about a second.
            ["Federation__RegistryRefreshInterval"] = "00:00:01",
        };
        foreach (var (key, value) in _everyService)
        {
            gatewayEnvironment[key] = value;
        }

        foreach (var (hubId, hub) in _hubs)
        {
            gatewayEnvironment[$"Federation__Hubs__{hubId}"] = hub.BaseAddress.ToString();
        }

        var gatewayPort = FreePort.Next();
        if (withPortal)
        {
            Portal = new ServiceProcess("portal", Repository.ServiceDll("services", "Hubs.Portal"), new Dictionary<string, string>(_everyService)
            {
                ["Gateway__BaseUrl"] = $"http://127.0.0.1:{gatewayPort}/",
                ["Auth__SigningKey"] = global::Hubs.Testing.TestAuth.Key,
            });
            await Portal.StartAsync(startTimeout);
            gatewayEnvironment["Federation__PortalUrl"] = Portal.BaseAddress.ToString();
        }

        Gateway = new ServiceProcess("gateway", Repository.ServiceDll("gateway", "Hubs.Gateway"), gatewayEnvironment, gatewayPort);
        await Gateway.StartAsync(startTimeout);
        GatewayClient = new HttpClient(new CallerByPath { InnerHandler = new HttpClientHandler() })
        {
            BaseAddress = Gateway.BaseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };
    }

    /// <summary>
    /// Starts one more hub while the federation runs: its own broker user and node, announcing its own address as the
    /// one the gateway should route to. Nothing of the gateway's configuration names it.
    /// </summary>
    public async Task<ServiceProcess> JoinHubAsync(string hubId, IReadOnlyDictionary<string, string> profile)
    {
        await BrokerUsers.CreateAsync(Broker, _virtualHost, [hubId]);
        var port = FreePort.Next();
        var hub = Service($"hub-{hubId}", "services", "Hubs.HubNode", $"hub-{hubId}.db", new(profile)
        {
            ["Hub__Id"] = hubId,
            ["Hub__HeartbeatInterval"] = "00:00:02",
            ["Hub__NodeUrl"] = $"http://127.0.0.1:{port}/",
        }, port);
        _hubs[hubId] = hub;
        await hub.StartAsync();
        return hub;
    }

    private ServiceProcess Service(string name, string folder, string project, string databaseFile, Dictionary<string, string>? extra = null, int? port = null)
    {
        var environment = new Dictionary<string, string>(_everyService.Concat(extra ?? []).ToDictionary())
        {
            // Each service as its own broker user, named like the service: hub-{id}, directory, exchange.
            ["ConnectionStrings__rabbitmq"] = BrokerUriFor(name),
            ["Auth__SigningKey"] = global::Hubs.Testing.TestAuth.Key,
            ["Storage__Provider"] = "sqlite",
            ["Storage__Sqlite__Path"] = Path.Combine(DataDirectory, databaseFile),
        };
        return new ServiceProcess(name, Repository.ServiceDll(folder, project), environment, port);
    }

    /// <summary>Where a hub node of the federation sends its notices to staff.</summary>
    public static string StaffAddress(string hubId) => $"staff@{hubId}.hubs.test";

    /// <summary>The AMQP URI of this federation's virtual host as <paramref name="user"/> (hub-{id}, directory or exchange).</summary>
    public string BrokerUriFor(string user) =>
        $"amqp://{Uri.EscapeDataString(user)}:{Uri.EscapeDataString(BrokerUsers.Password(user))}@{Broker.Hosts}/{Uri.EscapeDataString(_virtualHost)}";

    /// <summary>
    /// Everything the network side holds at rest: the directory's and the exchange's store files (with their WAL),
    /// as text. Hub stores are left out: a business's data belongs there.
    /// </summary>
    public IEnumerable<(string Name, string Content)> NetworkStoreFiles() =>
        System.IO.Directory.EnumerateFiles(DataDirectory)
            .Where(f => Path.GetFileName(f).StartsWith("directory.db", StringComparison.Ordinal)
                || Path.GetFileName(f).StartsWith("exchange.db", StringComparison.Ordinal))
            .Select(f => (Path.GetFileName(f), ReadShared(f)));

    /// <summary>The output of every process of the federation, hubs included: logs never carry personal data.</summary>
    public IEnumerable<(string Name, string Content)> ProcessLogs() =>
        _hubs.Values.Append(Directory).Append(Exchange).Append(Gateway).Concat(Portal is null ? [] : [Portal])
            .Select(p => (p.Name, string.Join('\n', p.Output)));

    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return reader.ReadToEnd();
    }

    public async ValueTask DisposeAsync()
    {
        GatewayClient?.Dispose();
        var all = new List<ServiceProcess>(_hubs.Values) { Directory, Exchange, Gateway, Portal! };
        await Task.WhenAll(all.Where(s => s is not null).Select(s => s.StopAsync()));
        await Smtp.DisposeAsync();
        await Broker.DeleteVirtualHostAsync(_virtualHost);
        try
        {
            System.IO.Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
