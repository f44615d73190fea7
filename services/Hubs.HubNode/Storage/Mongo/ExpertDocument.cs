using Hubs.Contracts.Events;
using Hubs.HubNode.Experts;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Hubs.HubNode.Storage.Mongo;

/// <summary>An <c>experts</c> document: the profile as the subdocument of its JSON, the name beside it to order by.</summary>
internal sealed class ExpertDocument : IVersionedDocument<ExpertDocument, Expert>
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public BsonDocument Profile { get; set; } = new();
    public long Version { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? RetiredAt { get; set; }

    private static FilterDefinitionBuilder<ExpertDocument> Filter => Builders<ExpertDocument>.Filter;

    public static FilterDefinition<ExpertDocument> Active => Filter.Eq(d => d.RetiredAt, null);

    public static SortDefinition<ExpertDocument> ListedOrder => Builders<ExpertDocument>.Sort.Ascending(d => d.Name).Ascending(d => d.Id);

    public static FilterDefinition<ExpertDocument> WithId(Guid id) => Filter.Eq(d => d.Id, MongoFields.Id(id));

    public static FilterDefinition<ExpertDocument> AtVersion(long version) => Filter.Eq(d => d.Version, version);

    public static ExpertDocument From(Expert expert) => new()
    {
        Id = MongoFields.Id(expert.Id),
        Name = expert.Profile.Name,
        Profile = MongoFields.Document(expert.Profile.ToJson()),
        Version = expert.Version,
        UpdatedAt = MongoFields.Date(expert.UpdatedAt),
        RetiredAt = MongoFields.Date(expert.RetiredAt),
    };

    public Expert ToEntity() => new()
    {
        Id = Guid.Parse(Id),
        Profile = ExpertProfile.FromJson(MongoFields.Json(Profile)),
        Version = Version,
        UpdatedAt = MongoFields.Offset(UpdatedAt),
        RetiredAt = MongoFields.Offset(RetiredAt),
    };
}
