namespace Hubs.Portal.Gateway;

public static class GatewayRegistration
{
    /// <summary>One typed client per API the pages use, all on the gateway's address; they reference no service's code.</summary>
    public static IServiceCollection AddGatewayClients(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GatewayOptions>().Bind(configuration.GetSection(GatewayOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpContextAccessor();
        services.AddMemoryCache();
        services.AddTransient<ForwardedFor>();

        services.AddHttpClient<DirectoryClient>(Configure).AddHttpMessageHandler<ForwardedFor>();
        services.AddHttpClient<HubClient>(Configure).AddHttpMessageHandler<ForwardedFor>();
        services.AddHttpClient<ExchangeClient>(Configure).AddHttpMessageHandler<ForwardedFor>();
        return services;
    }

    internal static void Configure(IServiceProvider services, HttpClient client)
    {
        var gateway = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<GatewayOptions>>().Value;
        client.BaseAddress = gateway.BaseUrl;
        client.DefaultRequestHeaders.Accept.ParseAdd("application/json");
    }
}
