using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Gateway.Tests.Infrastructure;

/// <summary>
/// The gateway on Kestrel (a real loopback socket) in front of upstream apps of its own: one per hub named, plus the
/// directory and the exchange. Hubs with a fixed address (a closed port, a hanging node) can be added.
/// </summary>
public sealed class TestFederation : IAsyncDisposable
{
    private readonly Dictionary<string, Upstream> _upstreams = new(StringComparer.Ordinal);
    private readonly List<HttpClient> _clients = [];
    private GatewayFactory? _gateway;
    private X509Certificate2? _certificate;

    static TestFederation()
    {
        // WebApplicationFactory starts its host synchronously. With xunit running classes in parallel on a small machine
        // that blocks the few pool threads, and the pool adds one about every second: a timing assertion would measure that.
        ThreadPool.GetMinThreads(out var workers, out var completionPorts);
        ThreadPool.SetMinThreads(Math.Max(workers, 32), completionPorts);
    }

    private TestFederation()
    {
    }

    /// <summary>Upstreams by name: each hub id, "directory" and "exchange".</summary>
    public IReadOnlyDictionary<string, Upstream> Upstreams => _upstreams;

    public HttpClient Client { get; private set; } = null!;

    /// <summary>The gateway's base address (http, or https when started with a certificate).</summary>
    public Uri Address { get; private set; } = null!;

    public IServiceProvider GatewayServices => _gateway!.Services;

    public static async Task<TestFederation> StartAsync(
        IEnumerable<string> hubs,
        IReadOnlyDictionary<string, Uri>? hubsAt = null,
        IReadOnlyDictionary<string, string>? settings = null,
        Action<IServiceCollection>? services = null,
        X509Certificate2? certificate = null,
        string environment = "Production")
    {
        var federation = new TestFederation { _certificate = certificate };
        try
        {
            await federation.StartUpstreamsAsync(["directory", "exchange", .. hubs]);

            var configuration = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["Federation:DirectoryUrl"] = federation._upstreams["directory"].Address.ToString(),
                ["Federation:ExchangeUrl"] = federation._upstreams["exchange"].Address.ToString(),
                // The stub directory answers every path with an echo: the registry's routes are tested on their own
                // (Federation/RegistryRoutingTests), with a directory that serves them.
                ["Federation:RoutesFromDirectory"] = "false",
            };
            foreach (var (name, upstream) in federation._upstreams.Where(u => u.Key is not ("directory" or "exchange")))
            {
                configuration[$"Federation:Hubs:{name}"] = upstream.Address.ToString();
            }

            foreach (var (hubId, address) in hubsAt ?? new Dictionary<string, Uri>())
            {
                configuration[$"Federation:Hubs:{hubId}"] = address.ToString();
            }

            foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            {
                configuration[key] = value;
            }

            federation.StartGateway(configuration, services, environment);
            return federation;
        }
        catch
        {
            await federation.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts a gateway that is expected to refuse its configuration; returns what it threw.</summary>
    public static Exception? StartGatewayExpectingFailure(IReadOnlyDictionary<string, string> configuration)
    {
        using var gateway = new GatewayFactory(configuration);
        gateway.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        return Record.Exception(gateway.StartServer);
    }

    private async Task StartUpstreamsAsync(IEnumerable<string> names)
    {
        var started = await Task.WhenAll(names.Select(Upstream.StartAsync));
        foreach (var upstream in started)
        {
            _upstreams[upstream.Name] = upstream;
        }
    }

    /// <summary>A client whose connections come from another loopback address (127.0.0.2, 127.0.0.3 …): another client to the gateway.</summary>
    public HttpClient ClientFrom(string localAddress)
    {
        var client = LoopbackClients.From(localAddress, Address, _certificate);
        lock (_clients)
        {
            _clients.Add(client);
        }

        return client;
    }

    private void StartGateway(Dictionary<string, string> configuration, Action<IServiceCollection>? services, string environment)
    {
        var certificate = _certificate;
        _gateway = new GatewayFactory(configuration, services, environment);
        _gateway.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen =>
        {
            if (certificate is not null)
            {
                listen.UseHttps(certificate);
            }
        }));
        _gateway.StartServer();

        var address = _gateway.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        Address = new Uri(address);
        Client = ClientFrom("127.0.0.1");
    }

    public async ValueTask DisposeAsync()
    {
        lock (_clients)
        {
            _clients.ForEach(c => c.Dispose());
        }

        if (_gateway is not null)
        {
            await _gateway.DisposeAsync();
        }

        await Task.WhenAll(_upstreams.Values.Select(u => u.StopAsync()));
    }
}
