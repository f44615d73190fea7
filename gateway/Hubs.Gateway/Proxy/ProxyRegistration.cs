using Hubs.Gateway.Federation;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Forwarder;
using Yarp.ReverseProxy.Health;

namespace Hubs.Gateway.Proxy;

public static class ProxyRegistration
{
    /// <summary>YARP with routes from the federation registry, a short connect timeout and quick passive recovery.</summary>
    public static IServiceCollection AddFederationProxy(this IServiceCollection services)
    {
        services.AddReverseProxy().AddCanonicalHubPath();
        services.AddSingleton<RoutedHubs>();
        services.AddSingleton<FederationProxyConfigProvider>();
        services.AddSingleton<IProxyConfigProvider>(sp => sp.GetRequiredService<FederationProxyConfigProvider>());
        services.AddHttpClient(RegistryRefresh.ClientName);
        services.AddHostedService<RegistryRefresh>();
        services.Replace(ServiceDescriptor.Singleton<IForwarderHttpClientFactory, UpstreamHttpClientFactory>());
        services.AddOptions<TransportFailureRateHealthPolicyOptions>()
            .Configure<IOptions<FederationOptions>>((policy, federation) =>
                policy.DetectionWindowSize = FederationRouteTable.PassiveDetectionWindow(federation.Value));
        return services;
    }

    /// <summary>The proxy routes, with forwarding failures answered as problems ahead of YARP's own steps.</summary>
    public static IEndpointRouteBuilder MapFederationProxy(this IEndpointRouteBuilder app)
    {
        app.MapReverseProxy(pipeline =>
        {
            pipeline.UseMiddleware<UpstreamFailureMiddleware>();
            pipeline.UseSessionAffinity();
            pipeline.UseLoadBalancing();
            pipeline.UsePassiveHealthChecks();
        });
        return app;
    }
}
