using Microsoft.Data.Sqlite;

namespace Hubs.HubNode.Tests.Support;

/// <summary>A SQLite file of the test's own, in a folder deleted afterwards.</summary>
public sealed class TempDatabase : IDisposable
{
    private readonly string _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "hubs-hubnode-tests", Guid.NewGuid().ToString("N"));

    public TempDatabase()
    {
        Directory.CreateDirectory(_folder);
        Path = System.IO.Path.Combine(_folder, "hubnode.db");
    }

    public string Path { get; }

    public void Dispose()
    {
        // Pooled connections keep the file open; only idle ones are closed, so parallel tests are unaffected.
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still in use is left for the OS temp cleaner.
        }
    }
}
