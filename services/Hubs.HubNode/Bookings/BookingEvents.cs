using Hubs.Contracts.Events;
using Hubs.ServiceDefaults.Outbox;
using Hubs.HubNode.Slots;
using NodaTime;

namespace Hubs.HubNode.Bookings;

/// <summary>
/// The network's view of a booking: the consultation events, built only from fields that say nothing about who the
/// business is (no name, e-mail, VAT number, need or notes). Each event carries the version it takes.
/// </summary>
public static class BookingEvents
{
    public static OutboxMessage Booked(Booking b, Instant at) => OutboxMessage.For(new ConsultationBooked
    {
        HubId = b.HubId,
        EventId = Id(at),
        OccurredAt = at.ToDateTimeOffset(),
        Version = b.Version,
        BookingId = b.Id,
        CaseId = b.CaseId,
        ExpertId = b.ExpertId,
        Kind = b.Kind.Code(),
        Start = b.Start.ToDateTimeOffset(),
        End = b.End.ToDateTimeOffset(),
        Topics = b.Intake.Topics,
        AtecoSection = b.Intake.AtecoSection,
        SizeClass = b.Intake.SizeClass,
        ProvinceCode = b.Intake.ProvinceCode,
    });

    public static OutboxMessage Rescheduled(Booking b, Instant previousStart, Instant at) => OutboxMessage.For(new ConsultationRescheduled
    {
        HubId = b.HubId,
        EventId = Id(at),
        OccurredAt = at.ToDateTimeOffset(),
        Version = b.Version,
        BookingId = b.Id,
        CaseId = b.CaseId,
        ExpertId = b.ExpertId,
        Kind = b.Kind.Code(),
        Start = b.Start.ToDateTimeOffset(),
        End = b.End.ToDateTimeOffset(),
        Topics = b.Intake.Topics,
        AtecoSection = b.Intake.AtecoSection,
        SizeClass = b.Intake.SizeClass,
        ProvinceCode = b.Intake.ProvinceCode,
        PreviousStart = previousStart.ToDateTimeOffset(),
    });

    public static OutboxMessage Cancelled(Booking b, Instant at) => OutboxMessage.For(new ConsultationCancelled
    {
        HubId = b.HubId,
        EventId = Id(at),
        OccurredAt = at.ToDateTimeOffset(),
        Version = b.Version,
        BookingId = b.Id,
        CaseId = b.CaseId,
        ExpertId = b.ExpertId,
        Kind = b.Kind.Code(),
        Start = b.Start.ToDateTimeOffset(),
        End = b.End.ToDateTimeOffset(),
        Topics = b.Intake.Topics,
        AtecoSection = b.Intake.AtecoSection,
        SizeClass = b.Intake.SizeClass,
        ProvinceCode = b.Intake.ProvinceCode,
    });

    /// <summary>Whether the meeting took place, at <paramref name="version"/> (one before the outcome's).</summary>
    public static OutboxMessage Held(Booking b, long version, Instant at) => OutboxMessage.For(new ConsultationHeld
    {
        HubId = b.HubId,
        EventId = Id(at),
        OccurredAt = at.ToDateTimeOffset(),
        Version = version,
        BookingId = b.Id,
        CaseId = b.CaseId,
        ExpertId = b.ExpertId,
        Kind = b.Kind.Code(),
        Start = b.Start.ToDateTimeOffset(),
        End = b.End.ToDateTimeOffset(),
        Topics = b.Intake.Topics,
        AtecoSection = b.Intake.AtecoSection,
        SizeClass = b.Intake.SizeClass,
        ProvinceCode = b.Intake.ProvinceCode,
        Attendance = b.Outcome!.Attendance,
    });

    public static OutboxMessage OutcomeRecorded(Booking b, Instant at) => OutboxMessage.For(new OutcomeRecorded
    {
        HubId = b.HubId,
        EventId = Id(at),
        OccurredAt = at.ToDateTimeOffset(),
        Version = b.Version,
        BookingId = b.Id,
        CaseId = b.CaseId,
        ExpertId = b.ExpertId,
        Kind = b.Kind.Code(),
        Start = b.Start.ToDateTimeOffset(),
        End = b.End.ToDateTimeOffset(),
        Topics = b.Intake.Topics,
        AtecoSection = b.Intake.AtecoSection,
        SizeClass = b.Intake.SizeClass,
        ProvinceCode = b.Intake.ProvinceCode,
        Attendance = b.Outcome!.Attendance,
        OutcomeCategory = b.Outcome.Category,
    });

    private static Guid Id(Instant at) => Guid.CreateVersion7(at.ToDateTimeOffset());
}
