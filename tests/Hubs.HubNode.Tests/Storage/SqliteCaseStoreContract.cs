using Hubs.HubNode.StoreContracts;

namespace Hubs.HubNode.Tests.Storage;

public sealed class SqliteCaseStoreContract() : CaseStoreContract(new SqliteStoreSetup());
