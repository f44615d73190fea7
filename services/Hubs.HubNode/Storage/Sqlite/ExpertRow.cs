using Hubs.HubNode.Experts;

namespace Hubs.HubNode.Storage.Sqlite;

/// <summary>An <c>experts</c> row as Dapper reads it.</summary>
internal sealed class ExpertRow
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string Title { get; set; } = "";
    public string Bio { get; set; } = "";
    public string Competencies { get; set; } = "[]";
    public string Languages { get; set; } = "[]";
    public long Version { get; set; }
    public string UpdatedAt { get; set; } = "";
    public string? RetiredAt { get; set; }

    public static readonly SqliteColumnList Table = new(
        "id", "name", "title", "bio", "competencies", "languages", "version", "updated_at", "retired_at");

    public static string Columns => Table.Select;

    public Expert ToExpert() => new()
    {
        Id = Guid.Parse(Id),
        Name = Name,
        Title = Title,
        Bio = Bio,
        Competencies = SqliteColumns.List(Competencies),
        Languages = SqliteColumns.List(Languages),
        Version = Version,
        UpdatedAt = SqliteColumns.Instant(UpdatedAt),
        RetiredAt = SqliteColumns.OptionalInstant(RetiredAt),
    };

    /// <summary>Parameters for an insert or update of <paramref name="expert"/>.</summary>
    public static object Parameters(Expert expert, long expectedVersion = 0) => new
    {
        Id = SqliteColumns.Id(expert.Id),
        expert.Name,
        expert.Title,
        expert.Bio,
        Competencies = SqliteColumns.List(expert.Competencies),
        Languages = SqliteColumns.List(expert.Languages),
        expert.Version,
        UpdatedAt = SqliteColumns.Instant(expert.UpdatedAt),
        RetiredAt = SqliteColumns.Instant(expert.RetiredAt),
        ExpectedVersion = expectedVersion,
    };
}
