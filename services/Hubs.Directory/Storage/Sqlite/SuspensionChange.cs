namespace Hubs.Directory.Storage.Sqlite;

/// <summary>A suspension change in progress (<see cref="SuspensionMemo.Change"/>); disposing ends it.</summary>
public readonly struct SuspensionChange(SuspensionMemo memo, string hubId) : IDisposable
{
    public void Dispose() => memo.Ended(hubId);
}
