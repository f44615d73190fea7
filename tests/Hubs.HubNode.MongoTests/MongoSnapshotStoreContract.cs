using Hubs.HubNode.StoreContracts;

namespace Hubs.HubNode.MongoTests;

public sealed class MongoSnapshotStoreContract() : SnapshotStoreContract(new MongoStoreSetup(nameof(MongoSnapshotStoreContract)));
