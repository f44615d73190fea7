using Hubs.HubNode.Intake;
using Hubs.HubNode.Slots;

namespace Hubs.HubNode.Bookings;

/// <summary>Checks a <see cref="BookingInput"/>'s shape; errors are keyed by JSON path (<c>start</c>, <c>intake.email</c>).</summary>
public static class BookingRequestValidation
{
    public const string StartFormat = "an ISO 8601 instant with its offset, e.g. 2026-03-02T09:00:00Z";

    public static Dictionary<string, string[]> Validate(BookingInput input, out BookingRequest? request)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);

        Guid? expertId = null;
        if (Guid.TryParse(input.ExpertId, out var parsedExpert))
        {
            expertId = parsedExpert;
        }
        else
        {
            errors["expertId"] = [input.ExpertId is null ? "The expert id is required." : "The expert id must be a GUID."];
        }

        var start = Start(input.Start, "start", errors);

        ConsultationKind? kind = null;
        if (ConsultationKinds.TryParse(input.Kind, out var parsedKind))
        {
            kind = parsedKind;
        }
        else
        {
            errors["kind"] = [$"The kind must be {ConsultationKinds.BrainstormingCode} or {ConsultationKinds.FollowupCode}."];
        }

        var caseId = CaseId(input.CaseId, kind, errors);

        // A follow-up continues a case that holds the business's intake: the caseId alone is enough.
        var intake = kind == ConsultationKind.Followup && input.Intake is null
            ? null
            : IntakeValidation.Validate(input.Intake, "intake", errors);

        request = errors.Count == 0 ? new BookingRequest(expertId!.Value, start!.Value, kind!.Value, caseId, intake) : null;
        return errors;
    }

    public static NodaTime.Instant? Start(string? text, string field, Dictionary<string, string[]> errors)
    {
        if (BookingTimes.TryParseInstant(text, out var instant))
        {
            return instant;
        }

        errors[field] = [text is null ? $"The start is required: {StartFormat}." : $"The start must be {StartFormat}."];
        return null;
    }

    private static Guid? CaseId(string? text, ConsultationKind? kind, Dictionary<string, string[]> errors)
    {
        if (kind == ConsultationKind.Brainstorming && text is not null)
        {
            errors["caseId"] = ["A brainstorming opens a new case: send no caseId."];
            return null;
        }

        if (kind != ConsultationKind.Followup)
        {
            return null;
        }

        if (text is null)
        {
            errors["caseId"] = ["A follow-up needs the caseId of the brainstorming that recommended it."];
            return null;
        }

        if (!Guid.TryParse(text, out var caseId))
        {
            errors["caseId"] = ["The caseId must be a GUID."];
            return null;
        }

        return caseId;
    }
}
