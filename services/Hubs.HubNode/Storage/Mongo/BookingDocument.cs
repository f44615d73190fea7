using Hubs.HubNode.Bookings;
using Hubs.HubNode.Slots;

namespace Hubs.HubNode.Storage.Mongo;

/// <summary>A <c>bookings</c> document.</summary>
internal sealed class BookingDocument
{
    public string Id { get; set; } = "";
    public string HubId { get; set; } = "";
    public string CaseId { get; set; } = "";
    public string ExpertId { get; set; } = "";
    public string Kind { get; set; } = "";
    public DateTime Start { get; set; }
    public DateTime End { get; set; }
    public string TimeZone { get; set; } = "";
    public string Status { get; set; } = "";
    public long Version { get; set; }
    public int Sequence { get; set; }
    public byte[] ManageTokenHash { get; set; } = [];
    public string VideoLink { get; set; } = "";
    public string InviteUid { get; set; } = "";
    public IntakeDocument Intake { get; set; } = new();
    public DateTime ConsentAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? CancelledAt { get; set; }
    public OutcomeDocument? Outcome { get; set; }

    public static BookingDocument From(Booking booking) => new()
    {
        Id = MongoFields.Id(booking.Id),
        HubId = booking.HubId,
        CaseId = MongoFields.Id(booking.CaseId),
        ExpertId = MongoFields.Id(booking.ExpertId),
        Kind = booking.Kind.Code(),
        Start = MongoFields.Date(booking.Start),
        End = MongoFields.Date(booking.End),
        TimeZone = booking.TimeZone,
        Status = booking.Status,
        Version = booking.Version,
        Sequence = booking.Sequence,
        ManageTokenHash = [.. booking.ManageTokenHash],
        VideoLink = booking.VideoLink,
        InviteUid = booking.InviteUid,
        Intake = IntakeDocument.From(booking.Intake),
        ConsentAt = MongoFields.Date(booking.ConsentAt),
        CreatedAt = MongoFields.Date(booking.CreatedAt),
        UpdatedAt = MongoFields.Date(booking.UpdatedAt),
        CancelledAt = MongoFields.Date(booking.CancelledAt),
        Outcome = OutcomeDocument.From(booking.Outcome),
    };

    public Booking ToBooking() => new()
    {
        Id = Guid.Parse(Id),
        HubId = HubId,
        CaseId = Guid.Parse(CaseId),
        ExpertId = Guid.Parse(ExpertId),
        Kind = ConsultationKinds.TryParse(Kind, out var kind) ? kind : throw new InvalidDataException($"Booking {Id} has an unknown kind '{Kind}'."),
        Start = MongoFields.Instant(Start),
        End = MongoFields.Instant(End),
        TimeZone = TimeZone,
        Status = Status,
        Version = Version,
        Sequence = Sequence,
        ManageTokenHash = ManageTokenHash,
        VideoLink = VideoLink,
        InviteUid = InviteUid,
        Intake = Intake.ToIntake(),
        ConsentAt = MongoFields.Instant(ConsentAt),
        CreatedAt = MongoFields.Instant(CreatedAt),
        UpdatedAt = MongoFields.Instant(UpdatedAt),
        CancelledAt = MongoFields.Instant(CancelledAt),
        Outcome = Outcome?.ToOutcome(),
    };
}
