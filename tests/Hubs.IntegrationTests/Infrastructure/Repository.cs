using System.Reflection;

namespace Hubs.IntegrationTests.Infrastructure;

/// <summary>Finds the repository and the built service binaries the tests start.</summary>
internal static class Repository
{
    public static string Root => global::Hubs.Testing.RepositoryFiles.Root;

    private static string Configuration { get; } = typeof(Repository).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "BuildConfiguration").Value!;

    public static string ServiceDll(string folder, string project) =>
        Path.Combine(Root, folder, project, "bin", Configuration, "net10.0", project + ".dll");
}
