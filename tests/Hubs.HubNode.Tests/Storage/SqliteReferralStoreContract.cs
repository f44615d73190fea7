using Hubs.HubNode.StoreContracts;

namespace Hubs.HubNode.Tests.Storage;

public sealed class SqliteReferralStoreContract() : ReferralStoreContract(new SqliteStoreSetup());
