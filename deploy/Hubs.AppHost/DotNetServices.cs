namespace Hubs.AppHost;

/// <summary>
/// The one way the app host starts a .NET service of the federation (hub nodes, directory, exchange, gateway, and any
/// service added later): the executable <c>dotnet build</c> made for the project (run.sh builds the app host, which
/// builds every referenced project), started directly in the project's folder. Not <c>AddProject</c>: Aspire starts a
/// project through a <c>dotnet run</c> wrapper (~140 MB and an MSBuild evaluation each) that also stays the only
/// process DCP knows, so stopping it orphaned the service (decision 0021). GC settings: <see cref="LeanRuntime"/>.
/// </summary>
internal static class DotNetServices
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    /// <summary>
    /// Adds <typeparamref name="TProject"/> (a <c>Projects.*</c> type generated for a project reference) as
    /// <paramref name="name"/>: an HTTP endpoint on loopback (<paramref name="port"/> fixed, or chosen by Aspire), its
    /// telemetry to the dashboard, a health check on <c>/health</c>, the local signing key and the lean runtime settings.
    /// </summary>
    public static IResourceBuilder<ExecutableResource> AddDotNetService<TProject>(
        this IDistributedApplicationBuilder builder, string name, FederationSettings federation, int? port = null)
        where TProject : IProjectMetadata, new()
    {
        var projectPath = new TProject().ProjectPath;
        var projectDirectory = Path.GetDirectoryName(projectPath)!;
        var assemblyName = Path.GetFileNameWithoutExtension(projectPath);
        var executable = Path.Combine(projectDirectory, "bin", Configuration, "net10.0", assemblyName);
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"{executable} is missing: build the app host first (dotnet build deploy/Hubs.AppHost -c {Configuration}).");
        }

        var service = builder.AddExecutable(name, executable, projectDirectory)
            .WithHttpEndpoint(port: port, isProxied: port is null)
            .WithOtlpExporter()
            .WithHttpHealthCheck("/health")
            .WithSigningKey(federation)
            .WithLeanRuntime()
            // DCP gives an executable only the environment it is told: the app host's (Development for ./run.sh, where
            // the services accept the local provider's http authority on loopback).
            .WithEnvironment("DOTNET_ENVIRONMENT", builder.Environment.EnvironmentName)
            .WithEnvironment("ASPNETCORE_ENVIRONMENT", builder.Environment.EnvironmentName);
        var endpoint = service.GetEndpoint("http");
        // Kestrel listens where Aspire expects it (behind its proxy when the port is chosen), on loopback only.
        return service.WithEnvironment("ASPNETCORE_URLS", ReferenceExpression.Create(
            $"http://127.0.0.1:{endpoint.Property(EndpointProperty.TargetPort)}"));
    }

    /// <summary>The local signing key every service validates tokens with (production uses Auth:Authority instead).</summary>
    public static IResourceBuilder<ExecutableResource> WithSigningKey(this IResourceBuilder<ExecutableResource> service, FederationSettings federation) =>
        service.WithEnvironment("Auth__SigningKey", federation.SigningKey);

    /// <summary>Every runtime setting of <see cref="LeanRuntime.Settings"/>, as DOTNET_ environment variables.</summary>
    public static IResourceBuilder<ExecutableResource> WithLeanRuntime(this IResourceBuilder<ExecutableResource> service)
    {
        foreach (var (key, value) in LeanRuntime.Settings)
        {
            service.WithEnvironment(key, value);
        }

        return service;
    }
}
