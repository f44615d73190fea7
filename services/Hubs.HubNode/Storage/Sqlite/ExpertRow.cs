using Hubs.Contracts.Events;
using Hubs.HubNode.Experts;

namespace Hubs.HubNode.Storage.Sqlite;

/// <summary>An <c>experts</c> row as Dapper reads it: the profile as one JSON document, the name beside it to order by.</summary>
public sealed class ExpertRow : IVersionedRow<ExpertRow, Expert>
{
    public string Id { get; set; } = "";
    public string Profile { get; set; } = "";
    public long Version { get; set; }
    public string UpdatedAt { get; set; } = "";
    public string? RetiredAt { get; set; }

    public static string TableName => "experts";

    public static SqliteColumnList Table { get; } = new("id", "name", "profile", "version", "updated_at", "retired_at");

    public static string EndedColumn => "retired_at";

    public static string ListedOrder => "name, id";

    public static string[] KeptOnUpdate { get; } = ["id"];

    public Expert ToEntity() => new()
    {
        Id = Guid.Parse(Id),
        Profile = ExpertProfile.FromJson(Profile),
        Version = Version,
        UpdatedAt = SqliteColumns.Instant(UpdatedAt),
        RetiredAt = SqliteColumns.OptionalInstant(RetiredAt),
    };

    /// <summary>Parameters for an insert or update of <paramref name="expert"/>.</summary>
    public static object Parameters(Expert expert, long expectedVersion) => new
    {
        Id = SqliteColumns.Id(expert.Id),
        expert.Profile.Name,
        Profile = expert.Profile.ToJson(),
        expert.Version,
        UpdatedAt = SqliteColumns.Instant(expert.UpdatedAt),
        RetiredAt = SqliteColumns.Instant(expert.RetiredAt),
        ExpectedVersion = expectedVersion,
    };
}
