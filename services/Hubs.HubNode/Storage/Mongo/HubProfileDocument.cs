using System.Text.Json;
using Hubs.HubNode.Profile;
using MongoDB.Bson;

namespace Hubs.HubNode.Storage.Mongo;

/// <summary>A <c>hubProfile</c> document (one per hub id); the profile is kept as the subdocument of its JSON.</summary>
internal sealed class HubProfileDocument
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Id { get; set; } = "";
    public BsonDocument Profile { get; set; } = new();
    public long Version { get; set; }
    public DateTime UpdatedAt { get; set; }

    public static HubProfileDocument From(HubProfile profile, long version, DateTimeOffset updatedAt) => new()
    {
        Id = profile.Id,
        Profile = MongoFields.Document(JsonSerializer.Serialize(profile, Json)),
        Version = version,
        UpdatedAt = MongoFields.Date(updatedAt),
    };

    public StoredHubProfile ToStored() =>
        new(JsonSerializer.Deserialize<HubProfile>(MongoFields.Json(Profile), Json) ?? throw new InvalidDataException($"Empty profile of hub {Id}."), Version);
}
