using Hubs.HubNode.Versioning;

namespace Hubs.HubNode.Storage.Sqlite;

/// <summary>A row of a versioned resource's table (<see cref="SqliteVersionedStore{T, TRow}"/>) as Dapper reads it.</summary>
public interface IVersionedRow<TRow, T>
    where TRow : IVersionedRow<TRow, T>
    where T : class, IVersioned<T>
{
    static abstract string TableName { get; }

    static abstract SqliteColumnList Table { get; }

    /// <summary>The column set when the resource ends (<c>retired_at</c>); null while it is shown.</summary>
    static abstract string EndedColumn { get; }

    /// <summary>The ORDER BY of the active list.</summary>
    static abstract string ListedOrder { get; }

    /// <summary>Columns an update leaves as they were (the id, a first publication time).</summary>
    static abstract string[] KeptOnUpdate { get; }

    /// <summary>Parameters for an insert or update of <paramref name="entity"/>, named as the row's properties.</summary>
    static abstract object Parameters(T entity, long expectedVersion);

    T ToEntity();
}
