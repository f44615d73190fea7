using Hubs.Gateway.Edge;
using Hubs.Gateway.Federation;
using Hubs.Gateway.Proxy;
using Hubs.ServiceDefaults.OpenApi;
using Microsoft.Extensions.Options;

namespace Hubs.Gateway.Extensions;

public static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;

        services.AddOptions<FederationOptions>()
            .Bind(builder.Configuration.GetSection(FederationOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<FederationOptions>, FederationOptionsValidation>();
        services.AddHubsOpenApi("Hubs — gateway", "The gateway's own endpoints: the hubs it routes to. Every other service's document is listed at /api/reference.");

        services.AddGatewayEdge(builder.Configuration);
        services.AddFederationProxy();
        return builder;
    }
}
