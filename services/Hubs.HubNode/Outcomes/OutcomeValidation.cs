using System.Globalization;
using Hubs.Contracts.Consultations;
using Hubs.ServiceDefaults.Http;

namespace Hubs.HubNode.Outcomes;

/// <summary>Checks an <see cref="OutcomeInput"/>; errors are keyed by the JSON field name.</summary>
public static class OutcomeValidation
{
    public const int MaxNotesLength = 4000;
    public const int MaxGrantCallReferenceLength = 200;

    public static Dictionary<string, string[]> Validate(OutcomeInput input, out OutcomeDraft? draft)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var attendance = input.Attendance?.Trim().ToLowerInvariant();
        if (!Attendances.IsKnown(attendance))
        {
            errors["attendance"] = [$"{TextRules.Shown(input.Attendance)} is not an attendance ({string.Join(", ", Attendances.All)})."];
        }

        var category = input.Category?.Trim().ToLowerInvariant();
        if (!OutcomeCategories.IsKnown(category))
        {
            errors["category"] = [$"{TextRules.Shown(input.Category)} is not an outcome category ({string.Join(", ", OutcomeCategories.All)})."];
        }

        var notes = Optional(input.Notes, "notes", MaxNotesLength, multiline: true, errors);
        var grantCall = Optional(input.GrantCallReference, "grantCallReference", MaxGrantCallReferenceLength, multiline: false, errors);

        draft = errors.Count == 0 ? new OutcomeDraft(attendance!, category!, notes, grantCall) : null;
        return errors;
    }

    private static string? Optional(string? value, string field, int maxLength, bool multiline, Dictionary<string, string[]> errors)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (text.Length > maxLength)
        {
            errors[field] = [string.Create(CultureInfo.InvariantCulture, $"The {field} must be at most {maxLength} characters.")];
            return null;
        }

        if (text.Any(c => char.IsControl(c) && !(multiline && c is '\n' or '\r' or '\t')))
        {
            errors[field] = [$"The {field} must not contain control characters."];
            return null;
        }

        return text;
    }
}
