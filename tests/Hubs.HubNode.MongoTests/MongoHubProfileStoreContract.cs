using Hubs.HubNode.StoreContracts;

namespace Hubs.HubNode.MongoTests;

public sealed class MongoHubProfileStoreContract() : HubProfileStoreContract(new MongoStoreSetup(nameof(MongoHubProfileStoreContract)));
