using Hubs.HubNode.Practices;

namespace Hubs.HubNode.Storage.Sqlite;

/// <summary>A <c>practices</c> row as Dapper reads it.</summary>
internal sealed class PracticeRow
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

    public const string Columns =
        "id AS Id, title AS Title, summary AS Summary, body_markdown AS BodyMarkdown, topics AS Topics, " +
        "results_achieved AS ResultsAchieved, links AS Links, language AS Language, grant_call_reference AS GrantCallReference, " +
        "version AS Version, published_at AS PublishedAt, updated_at AS UpdatedAt, withdrawn_at AS WithdrawnAt";

    public Practice ToPractice() => new()
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
    public static object Parameters(Practice practice, long expectedVersion = 0) => new
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
