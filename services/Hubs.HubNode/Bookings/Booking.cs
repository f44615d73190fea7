using Hubs.HubNode.Intake;
using Hubs.HubNode.Outcomes;
using Hubs.HubNode.Slots;
using NodaTime;

namespace Hubs.HubNode.Bookings;

/// <summary>
/// A consultation booked at this hub. <see cref="Version"/> grows with every change (it is the version of the
/// booking's events); <see cref="Sequence"/> is the invite's SEQUENCE and grows with every change of the meeting
/// itself (moved, cancelled), so calendars replace their copy.
/// </summary>
public sealed record Booking
{
    public required Guid Id { get; init; }
    public required string HubId { get; init; }

    /// <summary>The journey this meeting belongs to: a brainstorming opens it, follow-ups join it.</summary>
    public required Guid CaseId { get; init; }
    public required Guid ExpertId { get; init; }
    public required ConsultationKind Kind { get; init; }
    public required Instant Start { get; init; }
    public required Instant End { get; init; }

    /// <summary>The hub's zone when booked: the invite's default view.</summary>
    public required string TimeZone { get; init; }

    /// <summary>One of <see cref="BookingStatuses"/>.</summary>
    public required string Status { get; init; }
    public required long Version { get; init; }
    public required int Sequence { get; init; }

    /// <summary>SHA-256 of the manage token; the token itself is given to the business once and never stored.</summary>
    public required IReadOnlyList<byte> ManageTokenHash { get; init; }
    public required string VideoLink { get; init; }

    /// <summary>The invite's UID, fixed at booking so it never changes even if the hub's address does.</summary>
    public required string InviteUid { get; init; }
    public required BusinessIntake Intake { get; init; }
    public required Instant ConsentAt { get; init; }
    public required Instant CreatedAt { get; init; }
    public required Instant UpdatedAt { get; init; }
    public Instant? CancelledAt { get; init; }
    public MeetingOutcome? Outcome { get; init; }

    public bool IsBooked => Status == BookingStatuses.Booked;

    public Interval Interval => new(Start, End);
}
