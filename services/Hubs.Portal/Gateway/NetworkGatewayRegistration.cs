using Hubs.Portal.Auth;

namespace Hubs.Portal.Gateway;

public static class NetworkGatewayRegistration
{
    /// <summary>The coordinators' client: on the gateway like the others, with the signed-in person's access token.</summary>
    public static IServiceCollection AddNetworkGatewayClients(this IServiceCollection services)
    {
        services.AddHttpClient<NetworkClient>(GatewayRegistration.Configure).AddHttpMessageHandler<ForwardedFor>().AddHttpMessageHandler<UserAccessToken>();
        return services;
    }
}
