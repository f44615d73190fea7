using System.Net.Http.Json;
using Hubs.Gateway.Proxy;
using Microsoft.Extensions.Options;

namespace Hubs.Gateway.Federation;

/// <summary>
/// Reads the directory's hub registry every <see cref="FederationOptions.RegistryRefreshInterval"/> and rebuilds the
/// routes when a hub joined, moved or was suspended or admitted. While the directory cannot be read, the routes stay as
/// they were: a directory outage never takes a hub off the gateway.
/// </summary>
public sealed class RegistryRefresh(
    IHttpClientFactory clients, IOptions<FederationOptions> options, RoutedHubs hubs, FederationProxyConfigProvider proxy,
    ILogger<RegistryRefresh> logger) : BackgroundService
{
    public const string ClientName = "hub-registry";

    /// <summary>The directory's endpoint for the gateway; not under /api, so the gateway never forwards it to the public.</summary>
    public const string Path = "internal/hub-routes";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.RoutesFromDirectory)
        {
            return;
        }

        var client = clients.CreateClient(ClientName);
        client.BaseAddress = settings.DirectoryUrl;
        using var timer = new PeriodicTimer(settings.RegistryRefreshInterval);
        var failing = false;
        do
        {
            try
            {
                var registry = await client.GetFromJsonAsync<List<RegisteredHub>>(Path, stoppingToken) ?? [];
                if (hubs.Update(registry))
                {
                    proxy.Reload();
                    logger.LogInformation("Routing {Routed} hubs, refusing {Suspended} suspended ones, from the directory's registry",
                        hubs.Routed.Count, hubs.Known.Count() - hubs.Routed.Count);
                }

                failing = false;
            }
            // Any failure, not a list of expected ones: a resilience timeout (Polly's TimeoutRejectedException) while the
            // directory was still starting on a loaded machine once escaped the list and stopped the whole gateway.
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                if (!failing)
                {
                    logger.LogWarning("The directory's hub registry cannot be read ({Reason}); routes stay as they are", ex.Message);
                }

                failing = true;
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
