namespace Hubs.AppHost;

internal static class PortalResource
{
    /// <summary>
    /// The portal: pages served by the gateway at its root (Federation:PortalUrl), calling the federation back through
    /// the gateway's public address like any browser would, never a service directly.
    /// </summary>
    public static IResourceBuilder<ExecutableResource> AddPortal(
        this IDistributedApplicationBuilder builder, IResourceBuilder<ExecutableResource> gateway, FederationSettings federation)
    {
        // A string, not an interpolation: Aspire's WithEnvironment would take it as a reference expression of resources.
        var gatewayUrl = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"http://127.0.0.1:{federation.GatewayPort}/");
        var portal = builder.AddDotNetService<Projects.Hubs_Portal>("portal", federation)
            .WithEnvironment("Gateway__BaseUrl", gatewayUrl);
        gateway.WithEnvironment("Federation__PortalUrl", portal.GetEndpoint("http"));
        return portal;
    }
}
