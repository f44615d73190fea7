using Hubs.HubNode.StoreContracts;

namespace Hubs.HubNode.Tests.Storage;

public sealed class SqliteBookingStoreContract() : BookingStoreContract(new SqliteStoreSetup());
