namespace Hubs.AppHost;

internal static class ResourceExtensions
{
    /// <summary>
    /// RabbitMQ from the OS packages as a supervised process (no container engine on our machines): its own ports
    /// (AMQP, management = AMQP+1, …) and data under .hubs/rabbitmq; stopped with the app host. It loads the services'
    /// users and permissions from <paramref name="identities"/> at every start.
    /// </summary>
    public static IResourceBuilder<ExecutableResource> AddPrivateRabbitMq(
        this IDistributedApplicationBuilder builder, FederationSettings federation, BrokerIdentities identities) =>
        builder.AddExecutable(
                "rabbitmq",
                "bash",
                federation.RepositoryRoot,
                Path.Combine("deploy", "rabbitmq", "private-node.sh"), "run", Path.Combine(federation.DataDirectory, "rabbitmq"), federation.RabbitMqPort.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .WithEnvironment("HUBS_RABBITMQ_DEFINITIONS", identities.DefinitionsPath)
            .WithHttpEndpoint(port: federation.RabbitMqPort + 1, isProxied: false, name: "management")
            .WithHttpHealthCheck("/", endpointName: "management");

    /// <summary>What every service of the federation gets besides <see cref="DotNetServices.AddDotNetService"/>: the broker and its SQLite file.</summary>
    public static IResourceBuilder<ExecutableResource> WithHubsDefaults(
        this IResourceBuilder<ExecutableResource> service, FederationSettings federation, string databaseFile, string brokerUri) =>
        service
            .WithEnvironment("ConnectionStrings__rabbitmq", brokerUri)
            .WithEnvironment("Storage__Provider", "sqlite")
            .WithEnvironment("Storage__Sqlite__Path", Path.Combine(federation.DataDirectory, "data", databaseFile));
}
