namespace Hubs.Directory.Storage.Sqlite;

/// <summary>
/// One version-gated upsert of the projection, waiting for the transaction that carries it. <paramref name="committed"/>
/// runs when it changed a row, right after its commit and before anyone waiting for it resumes: even when its caller
/// gave up while it was queued and another caller's batch committed it (the read model's mark, decision 0017).
/// </summary>
public sealed class ProjectionWrite(string sql, object parameters, Action? committed = null)
{
    private readonly TaskCompletionSource<int> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Sql { get; } = sql;

    public object Parameters { get; } = parameters;

    /// <summary>Rows changed (0 = duplicate or stale) once committed; faulted with this write's own error only.</summary>
    public Task<int> Done => _done.Task;

    /// <summary>The same write, running <paramref name="onCommitted"/> once committed with a change.</summary>
    public ProjectionWrite WhenCommitted(Action? onCommitted) => new(Sql, Parameters, onCommitted);

    internal void Complete(int rows)
    {
        if (rows > 0)
        {
            committed?.Invoke();
        }

        _done.TrySetResult(rows);
    }

    internal void Fail(Exception error) => _done.TrySetException(error);
}
