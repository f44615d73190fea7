using Hubs.HubNode.StoreContracts;

namespace Hubs.HubNode.MongoTests;

public sealed class MongoBookingStoreContract() : BookingStoreContract(new MongoStoreSetup(nameof(MongoBookingStoreContract)));
