using Hubs.Contracts.Events;
using Hubs.HubNode.Slots;
using Hubs.ServiceDefaults.Outbox;
using NodaTime;

namespace Hubs.HubNode.Bookings;

/// <summary>
/// The network's view of a booking: the consultation events, built only from fields that say nothing about who the
/// business is (no name, e-mail, VAT number, need or notes). Each event carries the version it takes.
/// </summary>
public static class BookingEvents
{
    public static OutboxMessage Booked(Booking b, Instant at) => OutboxMessage.For(Facts(b, b.Version, at));

    public static OutboxMessage Rescheduled(Booking b, Instant previousStart, Instant at) => OutboxMessage.For(
        new ConsultationRescheduled(Facts(b, b.Version, at), previousStart.ToDateTimeOffset()));

    public static OutboxMessage Cancelled(Booking b, Instant at) => OutboxMessage.For(new ConsultationCancelled(Facts(b, b.Version, at)));

    /// <summary>Whether the meeting took place, at <paramref name="version"/> (one before the outcome's).</summary>
    public static OutboxMessage Held(Booking b, long version, Instant at) => OutboxMessage.For(
        new ConsultationHeld(Facts(b, version, at), b.Outcome!.Attendance));

    public static OutboxMessage OutcomeRecorded(Booking b, Instant at) => OutboxMessage.For(
        new OutcomeRecorded(Facts(b, b.Version, at), b.Outcome!.Attendance, b.Outcome.Category));

    /// <summary>
    /// What every consultation event says of <paramref name="b"/>, with a new event id. A booking event is those facts
    /// and nothing more, so it is the one that carries them to the others.
    /// </summary>
    private static ConsultationBooked Facts(Booking b, long version, Instant at) => new()
    {
        HubId = b.HubId,
        EventId = Guid.CreateVersion7(at.ToDateTimeOffset()),
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
    };
}
