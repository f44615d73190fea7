using Hubs.HubNode.Availability;

namespace Hubs.HubNode.Storage.Mongo;

/// <summary>The <c>summary</c> subdocument of an <c>availability</c> document: the summary last published.</summary>
internal sealed class AvailabilitySummaryDocument
{
    public DateTime? NextFreeBrainstorming { get; set; }
    public DateTime? NextFreeFollowup { get; set; }
    public int FreeBrainstormingSlots { get; set; }
    public int FreeFollowupSlots { get; set; }

    public static AvailabilitySummaryDocument? From(AvailabilitySummary? summary) => summary is null ? null : new()
    {
        NextFreeBrainstorming = MongoFields.Date(summary.NextFreeBrainstorming),
        NextFreeFollowup = MongoFields.Date(summary.NextFreeFollowup),
        FreeBrainstormingSlots = summary.FreeBrainstormingSlots,
        FreeFollowupSlots = summary.FreeFollowupSlots,
    };

    public AvailabilitySummary ToSummary() => new(
        MongoFields.Instant(NextFreeBrainstorming),
        MongoFields.Instant(NextFreeFollowup),
        FreeBrainstormingSlots,
        FreeFollowupSlots);
}
