namespace Hubs.Exchange;

/// <summary>Which store adapter backs the ports (section <c>Storage</c>).</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";
    public const string Sqlite = "sqlite";

    public string Provider { get; set; } = Sqlite;
}
