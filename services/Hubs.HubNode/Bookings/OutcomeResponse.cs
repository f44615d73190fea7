using Hubs.HubNode.Outcomes;

namespace Hubs.HubNode.Bookings;

/// <summary>A meeting's recorded outcome; <see cref="Notes"/> only in the staff's view.</summary>
public sealed record OutcomeResponse(string Attendance, string Category, string? Notes, string? GrantCallReference, DateTimeOffset RecordedAt)
{
    public static OutcomeResponse From(MeetingOutcome outcome, bool withNotes) =>
        new(outcome.Attendance, outcome.Category, withNotes ? outcome.Notes : null, outcome.GrantCallReference, outcome.RecordedAt.ToDateTimeOffset());
}
