using System.Reflection;

namespace Hubs.IntegrationTests.Infrastructure;

/// <summary>Finds the repository and the built service binaries the tests start.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    private static string Configuration { get; } = typeof(Repository).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "BuildConfiguration").Value!;

    public static string ServiceDll(string folder, string project) =>
        Path.Combine(Root, folder, project, "bin", Configuration, "net10.0", project + ".dll");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Hubs.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Hubs.sln not found above " + AppContext.BaseDirectory);
    }
}
