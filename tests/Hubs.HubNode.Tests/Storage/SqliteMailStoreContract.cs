using Hubs.HubNode.StoreContracts;

namespace Hubs.HubNode.Tests.Storage;

public sealed class SqliteMailStoreContract() : MailStoreContract(new SqliteStoreSetup());
