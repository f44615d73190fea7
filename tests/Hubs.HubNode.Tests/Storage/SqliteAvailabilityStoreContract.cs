using Hubs.HubNode.StoreContracts;

namespace Hubs.HubNode.Tests.Storage;

public sealed class SqliteAvailabilityStoreContract() : AvailabilityStoreContract(new SqliteStoreSetup());
