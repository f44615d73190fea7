using Hubs.Directory.Experts;
using Hubs.Directory.Storage.Sqlite;
using Hubs.Directory.Tests.Infrastructure;

namespace Hubs.Directory.Tests.Experts;

/// <summary>The expert directory contract against the real SQLite adapter, one temporary file per test.</summary>
public sealed class SqliteExpertDirectoryTests : ExpertDirectoryContract
{
    private TempDatabase? _database;

    protected override async Task<IExpertDirectory> CreateStoreAsync()
    {
        _database = await TempDatabase.CreateAsync();
        return new SqliteExpertDirectory(_database.Database, new ProjectionWriter(_database.Database), TimeProvider.System);
    }

    public override async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
