using Hubs.HubNode.StoreContracts;

namespace Hubs.HubNode.Tests.Storage;

public sealed class SqliteOutboxStoreContract() : OutboxStoreContract(new SqliteStoreSetup());
