using Hubs.HubNode.StoreContracts;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Hubs.HubNode.MongoTests;

/// <summary>
/// A database of the test's own on the server HUBS_TEST_MONGO_URL names (a replica set), named after the test class
/// and dropped afterwards.
/// </summary>
public sealed class MongoStoreSetup : IStoreSetup
{
    public const string Variable = "HUBS_TEST_MONGO_URL";

    // One check per run: a server that does not answer fails the first test after the selection timeout and every
    // other one at once, instead of each waiting again.
    private static readonly Lazy<Task> Reachable = new(() => PingAsync(Url()));

    private readonly string _url;
    private readonly string _database;
    private bool _created;

    public MongoStoreSetup(string testClass)
    {
        _url = Url();
        _database = $"hubs-test-{testClass.Replace("StoreContract", "", StringComparison.Ordinal).ToLowerInvariant()}-{Guid.NewGuid():N}"[..48];
    }

    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "mongo",
        ["Storage:Mongo:ConnectionString"] = _url,
        ["Storage:Mongo:Database"] = _database,
    };

    public async Task CreateAsync()
    {
        await Reachable.Value;
        _created = true;
    }

    public async Task DeleteAsync()
    {
        if (_created)
        {
            using var client = new MongoClient(_url);
            await client.DropDatabaseAsync(_database);
        }
    }

    private static string Url()
    {
        var url = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(url))
        {
            throw new InvalidOperationException($"{Variable} is not set: the MongoDB contract suites need a MongoDB replica set (e.g. mongodb://127.0.0.1:27017/?replicaSet=rs0).");
        }

        // A wrong address fails in seconds rather than after the driver's 30-second server selection.
        return new MongoUrlBuilder(url) { ServerSelectionTimeout = TimeSpan.FromSeconds(10) }.ToString();
    }

    private static async Task PingAsync(string url)
    {
        using var client = new MongoClient(url);
        await client.GetDatabase("admin").RunCommandAsync<BsonDocument>(new BsonDocument("ping", 1));
    }
}
