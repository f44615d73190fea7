using Hubs.Contracts.Events;
using Hubs.HubNode.Experts;
using MongoDB.Bson;

namespace Hubs.HubNode.Storage.Mongo;

/// <summary>An <c>experts</c> document: the profile as the subdocument of its JSON, the name beside it to order by.</summary>
internal sealed class ExpertDocument
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public BsonDocument Profile { get; set; } = new();
    public long Version { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? RetiredAt { get; set; }

    public static ExpertDocument From(Expert expert) => new()
    {
        Id = MongoFields.Id(expert.Id),
        Name = expert.Profile.Name,
        Profile = MongoFields.Document(expert.Profile.ToJson()),
        Version = expert.Version,
        UpdatedAt = MongoFields.Date(expert.UpdatedAt),
        RetiredAt = MongoFields.Date(expert.RetiredAt),
    };

    public Expert ToExpert() => new()
    {
        Id = Guid.Parse(Id),
        Profile = ExpertProfile.FromJson(MongoFields.Json(Profile)),
        Version = Version,
        UpdatedAt = MongoFields.Offset(UpdatedAt),
        RetiredAt = MongoFields.Offset(RetiredAt),
    };
}
