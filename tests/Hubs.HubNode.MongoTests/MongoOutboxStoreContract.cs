using Hubs.HubNode.StoreContracts;

namespace Hubs.HubNode.MongoTests;

public sealed class MongoOutboxStoreContract() : OutboxStoreContract(new MongoStoreSetup(nameof(MongoOutboxStoreContract)));
