using Hubs.HubNode.Bookings;
using Hubs.HubNode.Slots;
using Hubs.HubNode.Storage;
using Hubs.HubNode.Storage.Mongo;
using Hubs.HubNode.Storage.Sqlite;
using Hubs.HubNode.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Hubs.HubNode.Tests.Storage;

/// <summary>
/// <c>Storage:Provider</c> picks the adapters. The MongoDB ones need a server to run (see the contract suites); what can
/// be checked without one is that their settings are validated before the node starts.
/// </summary>
public sealed class StorageProviderTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Mongo_settings_are_validated_on_start()
    {
        using var factory = new HubNodeFactory(_db.Path, settings: new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "mongo",
            ["Storage:Mongo:ConnectionString"] = "localhost:27017",
            ["Storage:Mongo:Database"] = "hubs.hub/test",
        });

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("Storage:Mongo:ConnectionString is not a MongoDB connection string", error.Message, StringComparison.Ordinal);
        Assert.Contains("Storage:Mongo:Database must be a MongoDB database name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_mongo_settings_are_named()
    {
        using var factory = new HubNodeFactory(_db.Path, settings: new Dictionary<string, string?> { ["Storage:Provider"] = "Mongo" });

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains(nameof(MongoStoreOptions.ConnectionString), error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(MongoStoreOptions.Database), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Both_providers_register_an_adapter_for_every_store_port()
    {
        var sqlite = Ports(new() { ["Storage:Provider"] = "sqlite", ["Storage:Sqlite:Path"] = _db.Path });
        var mongo = Ports(new()
        {
            ["Storage:Provider"] = "mongo",
            ["Storage:Mongo:ConnectionString"] = "mongodb://127.0.0.1:27017/?replicaSet=rs0",
            ["Storage:Mongo:Database"] = "hubs-hub-test",
        });

        Assert.Contains(typeof(IBookingStore), sqlite.Keys);
        Assert.Equal(sqlite.Keys.OrderBy(t => t.FullName), mongo.Keys.OrderBy(t => t.FullName));
        Assert.All(sqlite.Values, t => Assert.Equal(typeof(SqliteSchema).Namespace, t.Namespace));
        Assert.All(mongo.Values, t => Assert.Equal(typeof(MongoStoreOptions).Namespace, t.Namespace));
    }

    [Fact]
    public void An_unknown_provider_stops_the_node_naming_the_known_ones()
    {
        using var factory = new HubNodeFactory(_db.Path, settings: new Dictionary<string, string?> { ["Storage:Provider"] = "postgres" });

        var error = Assert.Throws<InvalidOperationException>(() => factory.CreateClient());

        Assert.Contains("'postgres' is unknown; use 'sqlite' (the default) or 'mongo'", error.Message, StringComparison.Ordinal);
    }

    /// <summary>The ports (interfaces of the node) a provider registers, with the adapter registered for each.</summary>
    private static Dictionary<Type, Type> Ports(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddHubNodeStore();
        return builder.Services
            .Where(d => d.ServiceType.IsInterface && d.ServiceType.Assembly == typeof(StorageRegistration).Assembly && d.ImplementationType is not null)
            .Where(d => d.ServiceType != typeof(IExpertBusyTimes))
            .ToDictionary(d => d.ServiceType, d => d.ImplementationType!);
    }
}
