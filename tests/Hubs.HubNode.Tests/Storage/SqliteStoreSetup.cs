using Hubs.HubNode.StoreContracts;
using Hubs.HubNode.Tests.Support;

namespace Hubs.HubNode.Tests.Storage;

/// <summary>A SQLite file of the test's own, deleted afterwards.</summary>
public sealed class SqliteStoreSetup : IStoreSetup
{
    private readonly TempDatabase _database = new();

    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "sqlite",
        ["Storage:Sqlite:Path"] = _database.Path,
    };

    public Task CreateAsync() => Task.CompletedTask;

    public Task DeleteAsync()
    {
        _database.Dispose();
        return Task.CompletedTask;
    }
}
