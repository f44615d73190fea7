using Hubs.HubNode.StoreContracts;

namespace Hubs.HubNode.MongoTests;

public sealed class MongoExpertStoreContract() : ExpertStoreContract(new MongoStoreSetup(nameof(MongoExpertStoreContract)));
