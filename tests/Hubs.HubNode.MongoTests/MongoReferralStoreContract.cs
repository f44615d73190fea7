using Hubs.HubNode.StoreContracts;

namespace Hubs.HubNode.MongoTests;

public sealed class MongoReferralStoreContract() : ReferralStoreContract(new MongoStoreSetup(nameof(MongoReferralStoreContract)));
