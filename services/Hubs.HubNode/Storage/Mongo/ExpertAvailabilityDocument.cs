using Hubs.HubNode.Availability;
using MongoDB.Bson;

namespace Hubs.HubNode.Storage.Mongo;

/// <summary>An <c>availability</c> document, one per expert (<see cref="Id"/> is the expert's id).</summary>
internal sealed class ExpertAvailabilityDocument
{
    public string Id { get; set; } = "";

    /// <summary>The rules in the same shape SQLite keeps as JSON (<see cref="AvailabilityDocument"/>).</summary>
    public BsonDocument Rules { get; set; } = new();
    public long Version { get; set; }
    public DateTime UpdatedAt { get; set; }
    public AvailabilitySummaryDocument? Summary { get; set; }
    public long SummaryVersion { get; set; }

    public static ExpertAvailabilityDocument From(ExpertAvailability availability) => new()
    {
        Id = MongoFields.Id(availability.ExpertId),
        Rules = MongoFields.Document(AvailabilityDocument.Write(availability.Rules)),
        Version = availability.Version,
        UpdatedAt = MongoFields.Date(availability.UpdatedAt),
        Summary = AvailabilitySummaryDocument.From(availability.Summary),
        SummaryVersion = availability.SummaryVersion,
    };

    public ExpertAvailability ToAvailability() => new()
    {
        ExpertId = Guid.Parse(Id),
        Rules = AvailabilityDocument.Read(MongoFields.Json(Rules)),
        Version = Version,
        UpdatedAt = MongoFields.Instant(UpdatedAt),
        Summary = Summary?.ToSummary(),
        SummaryVersion = SummaryVersion,
    };
}
