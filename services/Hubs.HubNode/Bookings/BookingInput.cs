using Hubs.HubNode.Intake;

namespace Hubs.HubNode.Bookings;

/// <summary>The body of <c>POST …/bookings</c>. Everything nullable: <see cref="BookingRequestValidation"/> reports what is missing or wrong.</summary>
public sealed class BookingInput
{
    public string? ExpertId { get; set; }

    /// <summary>An ISO 8601 instant with its offset, e.g. <c>2026-03-02T09:00:00Z</c> or <c>2026-03-02T10:00:00+01:00</c>.</summary>
    public string? Start { get; set; }

    /// <summary>brainstorming or followup.</summary>
    public string? Kind { get; set; }

    /// <summary>The case a follow-up continues; only for a follow-up.</summary>
    public string? CaseId { get; set; }

    /// <summary>Required for a brainstorming; a follow-up without one takes the intake of its case.</summary>
    public IntakeInput? Intake { get; set; }
}
