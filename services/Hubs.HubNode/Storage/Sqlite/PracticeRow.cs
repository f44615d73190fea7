using Hubs.HubNode.Practices;

namespace Hubs.HubNode.Storage.Sqlite;

/// <summary>A <c>practices</c> row as Dapper reads it.</summary>
public sealed class PracticeRow : IVersionedRow<PracticeRow, Practice>
{
    public string Id { get; set; } = "";
    public string Title { get; set; } = "";
    public string Summary { get; set; } = "";
    public string BodyMarkdown { get; set; } = "";
    public string Topics { get; set; } = "[]";
    public string ResultsAchieved { get; set; } = "";
    public string Links { get; set; } = "[]";
    public string Language { get; set; } = "";
    public string? GrantCallReference { get; set; }
    public long Version { get; set; }
    public string PublishedAt { get; set; } = "";
    public string UpdatedAt { get; set; } = "";
    public string? WithdrawnAt { get; set; }

    public static string TableName => "practices";

    public static string EndedColumn => "withdrawn_at";

    public static string ListedOrder => "updated_at DESC, id DESC";

    // A revision keeps the first publication time.
    public static string[] KeptOnUpdate { get; } = ["id", "published_at"];

    public static SqliteColumnList Table { get; } = new(
        "id", "title", "summary", "body_markdown", "topics", "results_achieved", "links", "language", "grant_call_reference",
        "version", "published_at", "updated_at", "withdrawn_at");

    public Practice ToEntity() => new()
    {
        Id = Guid.Parse(Id),
        Title = Title,
        Summary = Summary,
        BodyMarkdown = BodyMarkdown,
        Topics = SqliteColumns.List(Topics),
        ResultsAchieved = ResultsAchieved,
        Links = SqliteColumns.List(Links),
        Language = Language,
        GrantCallReference = GrantCallReference,
        Version = Version,
        PublishedAt = SqliteColumns.Instant(PublishedAt),
        UpdatedAt = SqliteColumns.Instant(UpdatedAt),
        WithdrawnAt = SqliteColumns.OptionalInstant(WithdrawnAt),
    };

    /// <summary>Parameters for an insert or update of <paramref name="practice"/>.</summary>
    public static object Parameters(Practice practice, long expectedVersion) => new
    {
        Id = SqliteColumns.Id(practice.Id),
        practice.Title,
        practice.Summary,
        practice.BodyMarkdown,
        Topics = SqliteColumns.List(practice.Topics),
        practice.ResultsAchieved,
        Links = SqliteColumns.List(practice.Links),
        practice.Language,
        practice.GrantCallReference,
        practice.Version,
        PublishedAt = SqliteColumns.Instant(practice.PublishedAt),
        UpdatedAt = SqliteColumns.Instant(practice.UpdatedAt),
        WithdrawnAt = SqliteColumns.Instant(practice.WithdrawnAt),
        ExpectedVersion = expectedVersion,
    };
}
