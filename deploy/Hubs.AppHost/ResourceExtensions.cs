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

    /// <summary>The local signing key every service validates tokens with (production uses Auth:Authority instead).</summary>
    public static IResourceBuilder<ProjectResource> WithSigningKey(this IResourceBuilder<ProjectResource> project, FederationSettings federation) =>
        project.WithEnvironment("Auth__SigningKey", federation.SigningKey);

    /// <summary>What every service of the federation gets: an HTTP endpoint, the broker, its SQLite file, a health check.</summary>
    public static IResourceBuilder<ProjectResource> WithHubsDefaults(
        this IResourceBuilder<ProjectResource> project, FederationSettings federation, string databaseFile, string brokerUri) =>
        project
            .WithHttpEndpoint()
            .WithHttpHealthCheck("/health")
            .WithSigningKey(federation)
            .WithEnvironment("ConnectionStrings__rabbitmq", brokerUri)
            .WithEnvironment("Storage__Provider", "sqlite")
            .WithEnvironment("Storage__Sqlite__Path", Path.Combine(federation.DataDirectory, "data", databaseFile));
}
