namespace Hubs.AppHost;

/// <summary>
/// The .NET runtime settings of every service of the local run (not of production: docker-compose and Kubernetes keep
/// the runtime's defaults). Chosen with the <c>memory</c> benchmark and an hour-long idle measurement (decision 0021,
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
        // A GC heap limit of 96 MiB (hex, as the runtime reads it): the GC collects against it instead of letting gen 2
        // grow, which it otherwise does for hours on an idle node (135 → 185 MiB resident in 40 minutes). A hub node's
        // heap stays far below it under the memory benchmark's load.
        ["DOTNET_GCHeapHardLimit"] = "0x6000000",
    };
}
