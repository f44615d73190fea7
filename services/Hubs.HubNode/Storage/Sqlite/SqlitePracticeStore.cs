using Dapper;
using Hubs.HubNode.Practices;
using Hubs.HubNode.Versioning;
using Hubs.ServiceDefaults.Outbox;
using Hubs.ServiceDefaults.Storage;

namespace Hubs.HubNode.Storage.Sqlite;

/// <summary>Practices in SQLite: nothing beyond the versioned writes (<see cref="SqliteVersionedStore{T, TRow}"/>).</summary>
public sealed class SqlitePracticeStore(SqliteDatabase database) : SqliteVersionedStore<Practice, PracticeRow>(database), IPracticeStore;
