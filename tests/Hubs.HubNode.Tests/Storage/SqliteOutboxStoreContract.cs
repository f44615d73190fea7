using Hubs.HubNode.StoreContracts;
using Hubs.ServiceDefaults.Outbox;

namespace Hubs.HubNode.Tests.Storage;

public sealed class SqliteOutboxStoreContract() : OutboxStoreContract(new SqliteStoreSetup());
