namespace Hubs.Testing;

/// <summary>Files of the repository the tests read (deploy templates, service binaries), found from the test assembly.</summary>
public static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Hubs.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Hubs.sln not found above " + AppContext.BaseDirectory);
    }
}
