using System.ComponentModel.DataAnnotations;

namespace Hubs.ServiceDefaults.Storage;

/// <summary>Where a service keeps its embedded SQLite store (section <c>Storage:Sqlite</c>).</summary>
public sealed class SqliteOptions
{
    public const string Section = "Storage:Sqlite";

    /// <summary>Path of the database file; its folder is created on start.</summary>
    [Required]
    public string Path { get; set; } = "";
}
