using MongoDB.Bson;

namespace Hubs.HubNode.Storage.Mongo;

/// <summary>
/// A <c>bookingCells</c> document: one minute of an expert's time held by a booking (decision 0006). The unique index on
/// (expertId, minute) lets only one booking hold a minute, so two overlapping bookings cannot both commit.
/// </summary>
internal sealed class BookingCellDocument
{
    public ObjectId Id { get; set; }
    public string ExpertId { get; set; } = "";
    public long Minute { get; set; }
    public string BookingId { get; set; } = "";
}
