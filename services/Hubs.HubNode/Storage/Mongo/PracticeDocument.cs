using Hubs.HubNode.Practices;
using MongoDB.Driver;

namespace Hubs.HubNode.Storage.Mongo;

/// <summary>A <c>practices</c> document.</summary>
internal sealed class PracticeDocument : IVersionedDocument<PracticeDocument, Practice>
{
    public string Id { get; set; } = "";
    public string Title { get; set; } = "";
    public string Summary { get; set; } = "";
    public string BodyMarkdown { get; set; } = "";
    public List<string> Topics { get; set; } = [];
    public string ResultsAchieved { get; set; } = "";
    public List<string> Links { get; set; } = [];
    public string Language { get; set; } = "";
    public string? GrantCallReference { get; set; }
    public long Version { get; set; }
    public DateTime PublishedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? WithdrawnAt { get; set; }

    private static FilterDefinitionBuilder<PracticeDocument> Filter => Builders<PracticeDocument>.Filter;

    public static FilterDefinition<PracticeDocument> Active => Filter.Eq(d => d.WithdrawnAt, null);

    public static SortDefinition<PracticeDocument> ListedOrder =>
        Builders<PracticeDocument>.Sort.Descending(d => d.UpdatedAt).Descending(d => d.Id);

    public static FilterDefinition<PracticeDocument> WithId(Guid id) => Filter.Eq(d => d.Id, MongoFields.Id(id));

    public static FilterDefinition<PracticeDocument> AtVersion(long version) => Filter.Eq(d => d.Version, version);

    public static PracticeDocument From(Practice practice) => new()
    {
        Id = MongoFields.Id(practice.Id),
        Title = practice.Title,
        Summary = practice.Summary,
        BodyMarkdown = practice.BodyMarkdown,
        Topics = [.. practice.Topics],
        ResultsAchieved = practice.ResultsAchieved,
        Links = [.. practice.Links],
        Language = practice.Language,
        GrantCallReference = practice.GrantCallReference,
        Version = practice.Version,
        PublishedAt = MongoFields.Date(practice.PublishedAt),
        UpdatedAt = MongoFields.Date(practice.UpdatedAt),
        WithdrawnAt = MongoFields.Date(practice.WithdrawnAt),
    };

    public Practice ToEntity() => new()
    {
        Id = Guid.Parse(Id),
        Title = Title,
        Summary = Summary,
        BodyMarkdown = BodyMarkdown,
        Topics = Topics,
        ResultsAchieved = ResultsAchieved,
        Links = Links,
        Language = Language,
        GrantCallReference = GrantCallReference,
        Version = Version,
        PublishedAt = MongoFields.Offset(PublishedAt),
        UpdatedAt = MongoFields.Offset(UpdatedAt),
        WithdrawnAt = MongoFields.Offset(WithdrawnAt),
    };
}
