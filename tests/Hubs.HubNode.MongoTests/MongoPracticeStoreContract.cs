using Hubs.HubNode.StoreContracts;

namespace Hubs.HubNode.MongoTests;

public sealed class MongoPracticeStoreContract() : PracticeStoreContract(new MongoStoreSetup(nameof(MongoPracticeStoreContract)));
