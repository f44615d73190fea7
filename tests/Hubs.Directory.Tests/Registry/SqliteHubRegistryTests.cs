using Hubs.Directory.Registry;
using Hubs.Directory.Storage.Sqlite;
using Hubs.Directory.Tests.Infrastructure;

namespace Hubs.Directory.Tests.Registry;

/// <summary>The hub registry contract against the real SQLite adapter, one temporary file per test.</summary>
public sealed class SqliteHubRegistryTests : HubRegistryContract
{
    private TempDatabase? _database;

    protected override async Task<IHubRegistry> CreateStoreAsync()
    {
        _database = await TempDatabase.CreateAsync();
        return new SqliteHubRegistry(_database.Database, new ProjectionWriter(_database.Database), TimeProvider.System);
    }

    public override async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
