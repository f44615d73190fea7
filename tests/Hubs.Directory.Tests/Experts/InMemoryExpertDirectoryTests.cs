using Hubs.Directory.Experts;
using Hubs.Directory.Storage.ReadModel;
using Hubs.Directory.Storage.Sqlite;
using Hubs.Directory.Tests.Infrastructure;

namespace Hubs.Directory.Tests.Experts;

/// <summary>The expert directory contract with searches answered by the in-memory read model (decision 0017).</summary>
public sealed class InMemoryExpertDirectoryTests : ExpertDirectoryContract
{
    private TempDatabase? _database;
    private DirectoryReadModel? _readModel;

    protected override async Task<IExpertDirectory> CreateStoreAsync()
    {
        _database = await TempDatabase.CreateAsync();
        _readModel = new DirectoryReadModel(_database.Database);
        return new SqliteExpertDirectory(_database.Database, new ProjectionWriter(_database.Database), TimeProvider.System, _readModel);
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
