using Hubs.HubNode.StoreContracts;

namespace Hubs.HubNode.MongoTests;

public sealed class MongoMailStoreContract() : MailStoreContract(new MongoStoreSetup(nameof(MongoMailStoreContract)));
