namespace Hubs.HubNode.Storage.Sqlite;

/// <summary>A <c>hub_profile</c> row as Dapper reads it.</summary>
internal sealed class HubProfileRow
{
    public string Profile { get; set; } = "";
    public long Version { get; set; }
}
