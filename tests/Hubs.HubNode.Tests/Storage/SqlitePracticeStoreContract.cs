using Hubs.HubNode.StoreContracts;

namespace Hubs.HubNode.Tests.Storage;

public sealed class SqlitePracticeStoreContract() : PracticeStoreContract(new SqliteStoreSetup());
