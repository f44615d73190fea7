using Hubs.HubNode.Outcomes;

namespace Hubs.HubNode.Storage.Mongo;

/// <summary>The <c>outcome</c> subdocument of a booking; absent until the meeting's outcome is recorded.</summary>
internal sealed class OutcomeDocument
{
    public string Attendance { get; set; } = "";
    public string Category { get; set; } = "";
    public string? Notes { get; set; }
    public string? GrantCallReference { get; set; }
    public DateTime RecordedAt { get; set; }

    public static OutcomeDocument? From(MeetingOutcome? outcome) => outcome is null ? null : new()
    {
        Attendance = outcome.Attendance,
        Category = outcome.Category,
        Notes = outcome.Notes,
        GrantCallReference = outcome.GrantCallReference,
        RecordedAt = MongoFields.Date(outcome.RecordedAt),
    };

    public MeetingOutcome ToOutcome() => new(Attendance, Category, Notes, GrantCallReference, MongoFields.Instant(RecordedAt));
}
