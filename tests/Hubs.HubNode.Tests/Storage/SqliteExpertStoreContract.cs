using Hubs.HubNode.StoreContracts;

namespace Hubs.HubNode.Tests.Storage;

public sealed class SqliteExpertStoreContract() : ExpertStoreContract(new SqliteStoreSetup());
