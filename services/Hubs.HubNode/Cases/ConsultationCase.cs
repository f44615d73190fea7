using Hubs.Contracts.Consultations;
using Hubs.HubNode.Bookings;
using Hubs.HubNode.Slots;
using NodaTime;

namespace Hubs.HubNode.Cases;

/// <summary>
/// One business's journey at this hub: opened by a brainstorming booking, joined by its follow-ups.
/// <see cref="Meetings"/> are in start order, cancelled ones included.
/// </summary>
public sealed record ConsultationCase(Guid Id, string HubId, string BusinessEmail, Instant OpenedAt, IReadOnlyList<Booking> Meetings)
{
    /// <summary>
    /// The rule the booking store enforces when a follow-up is booked, for display: the latest recorded outcome is a held
    /// meeting recommending a follow-up, and no follow-up is booked yet.
    /// </summary>
    public bool FollowupBookable =>
        Meetings.Where(m => m.Outcome is not null).OrderBy(m => m.Start).ThenBy(m => m.Outcome!.RecordedAt).LastOrDefault()?.Outcome is
            { Attendance: Attendances.Held, Category: OutcomeCategories.FollowUpRecommended }
        && !Meetings.Any(m => m.Kind == ConsultationKind.Followup && m.IsBooked);
}
