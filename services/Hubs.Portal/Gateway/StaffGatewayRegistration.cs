using Hubs.Portal.Auth;

namespace Hubs.Portal.Gateway;

public static class StaffGatewayRegistration
{
    /// <summary>The staff pages' clients: on the gateway like the others, with the signed-in person's access token.</summary>
    public static IServiceCollection AddStaffGatewayClients(this IServiceCollection services)
    {
        services.AddHttpClient<StaffHubClient>(GatewayRegistration.Configure).AddHttpMessageHandler<ForwardedFor>().AddHttpMessageHandler<UserAccessToken>();
        services.AddHttpClient<StaffExchangeClient>(GatewayRegistration.Configure).AddHttpMessageHandler<ForwardedFor>().AddHttpMessageHandler<UserAccessToken>();
        return services;
    }
}
