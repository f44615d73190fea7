using Hubs.HubNode.StoreContracts;

namespace Hubs.HubNode.Tests.Storage;

public sealed class SqliteHubProfileStoreContract() : HubProfileStoreContract(new SqliteStoreSetup());
