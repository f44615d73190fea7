using Hubs.HubNode.StoreContracts;

namespace Hubs.HubNode.MongoTests;

public sealed class MongoAvailabilityStoreContract() : AvailabilityStoreContract(new MongoStoreSetup(nameof(MongoAvailabilityStoreContract)));
