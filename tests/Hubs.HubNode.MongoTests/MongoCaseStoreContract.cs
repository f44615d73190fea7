using Hubs.HubNode.StoreContracts;

namespace Hubs.HubNode.MongoTests;

public sealed class MongoCaseStoreContract() : CaseStoreContract(new MongoStoreSetup(nameof(MongoCaseStoreContract)));
