namespace Hubs.Directory.Storage.Sqlite;

/// <summary>One version-gated upsert of the projection, waiting for the transaction that carries it.</summary>
public sealed class ProjectionWrite(string sql, object parameters)
{
    private readonly TaskCompletionSource<int> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Sql { get; } = sql;

    public object Parameters { get; } = parameters;

    /// <summary>Rows changed (0 = duplicate or stale) once committed; faulted with this write's own error only.</summary>
    public Task<int> Done => _done.Task;

    internal void Complete(int rows) => _done.TrySetResult(rows);

    internal void Fail(Exception error) => _done.TrySetException(error);
}
