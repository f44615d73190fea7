using Hubs.Directory.Storage.ReadModel;
using Hubs.Directory.Storage.Sqlite;
using Hubs.Directory.Tests.Infrastructure;

namespace Hubs.Directory.Tests.Storage;

/// <summary>
/// One store file with two readers: adapters sharing the in-memory read model, as the directory wires them, and the
/// SQL-only expert directory, the reference the read model must agree with.
/// </summary>
public sealed class ReadModelStores : IAsyncDisposable
{
    private ReadModelStores(TempDatabase database)
    {
        Database = database;
        Writer = new ProjectionWriter(database.Database);
        ReadModel = new DirectoryReadModel(database.Database);
        Experts = new SqliteExpertDirectory(database.Database, Writer, TimeProvider.System, ReadModel);
        Hubs = new SqliteHubRegistry(database.Database, Writer, TimeProvider.System, ReadModel);
        Resync = new SqliteResyncStore(database.Database, TimeProvider.System, ReadModel);
        Reference = new SqliteExpertDirectory(database.Database, Writer, TimeProvider.System);
    }

    public TempDatabase Database { get; }
    public ProjectionWriter Writer { get; }
    public DirectoryReadModel ReadModel { get; }
    public SqliteExpertDirectory Experts { get; }
    public SqliteHubRegistry Hubs { get; }
    public SqliteResyncStore Resync { get; }

    /// <summary>Reads SQLite on every call; writes through it would bypass the read model, so tests only read with it.</summary>
    public SqliteExpertDirectory Reference { get; }

    public static async Task<ReadModelStores> CreateAsync() => new(await TempDatabase.CreateAsync());

    public async ValueTask DisposeAsync()
    {
        ReadModel.Dispose();
        Writer.Dispose();
        await Database.DisposeAsync();
    }
}
