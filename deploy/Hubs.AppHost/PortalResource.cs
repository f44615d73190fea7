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
        var portal = builder.AddDotNetService<Projects.Hubs_Portal>("portal", federation)
            .WithEnvironment("Gateway__BaseUrl", $"http://127.0.0.1:{federation.GatewayPort}/");
        gateway.WithEnvironment("Federation__PortalUrl", portal.GetEndpoint("http"));
        return portal;
    }
}
