namespace Hubs.AppHost;

/// <summary>
/// The .NET runtime settings of every service of the local run (not of production: docker-compose and Kubernetes keep
/// the runtime's defaults). Chosen with the <c>memory</c> benchmark and an hour-long idle measurement (decision 0020,
/// docs/performance.md): about 17 .NET processes share two cores and a laptop's memory here.
/// </summary>
internal static class LeanRuntime
{
    public static readonly IReadOnlyDictionary<string, string> Settings = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // Workstation GC, not concurrent: one heap and no background GC thread per process.
        ["DOTNET_gcServer"] = "0",
        ["DOTNET_gcConcurrent"] = "0",
        // No instrumented tier between tier 0 and tier 1: less JIT work at start and less code kept.
        ["DOTNET_TieredPGO"] = "0",
    };
}
