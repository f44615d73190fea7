using Hubs.Gateway.Edge;
using Hubs.Gateway.Federation;
using Hubs.Gateway.Proxy;
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
        services.AddOpenApi();

        services.AddGatewayEdge(builder.Configuration);
        services.AddFederationProxy();
        return builder;
    }
}
