using NodaTime;

namespace Hubs.HubNode.Outcomes;

/// <summary>What the hub recorded after a meeting. <see cref="Notes"/> and <see cref="GrantCallReference"/> stay at the hub.</summary>
/// <param name="Attendance">One of <c>Attendances</c>: held or no-show.</param>
/// <param name="Category">One of <c>OutcomeCategories</c>.</param>
public sealed record MeetingOutcome(string Attendance, string Category, string? Notes, string? GrantCallReference, Instant RecordedAt);
