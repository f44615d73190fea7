using Hubs.HubNode.StoreContracts;

namespace Hubs.HubNode.Tests.Storage;

public sealed class SqliteSnapshotStoreContract() : SnapshotStoreContract(new SqliteStoreSetup());
