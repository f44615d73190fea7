using Hubs.Directory.Registry;
using Hubs.Directory.Storage.ReadModel;
using Hubs.Directory.Storage.Sqlite;
using Hubs.Directory.Tests.Infrastructure;

namespace Hubs.Directory.Tests.Registry;

/// <summary>The hub registry contract with reads answered by the in-memory read model (decision 0017).</summary>
public sealed class InMemoryHubRegistryTests : HubRegistryContract
{
    private TempDatabase? _database;
    private DirectoryReadModel? _readModel;

    protected override async Task<IHubRegistry> CreateStoreAsync()
    {
        _database = await TempDatabase.CreateAsync();
        _readModel = new DirectoryReadModel(_database.Database);
        return new SqliteHubRegistry(_database.Database, new ProjectionWriter(_database.Database), TimeProvider.System, _readModel);
    }

    public override async Task DisposeAsync()
    {
        _readModel?.Dispose();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
