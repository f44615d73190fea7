using Microsoft.Extensions.Configuration;

namespace Hubs.AppHost;

/// <summary>Where the local federation keeps its data and which fixed ports it uses (the rest are chosen by Aspire).</summary>
internal sealed record FederationSettings(string RepositoryRoot, string DataDirectory, int RabbitMqPort, int GatewayPort)
{
    public static FederationSettings From(IDistributedApplicationBuilder builder)
    {
        // deploy/Hubs.AppHost -> repository root
        var root = Path.GetFullPath(Path.Combine(builder.AppHostDirectory, "..", ".."));
        var data = builder.Configuration["Hubs:DataDirectory"] is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.Combine(root, ".hubs");
        return new FederationSettings(
            root,
            data,
            builder.Configuration.GetValue("Hubs:RabbitMqPort", 5800),
            builder.Configuration.GetValue("Hubs:GatewayPort", 8080));
    }
}
