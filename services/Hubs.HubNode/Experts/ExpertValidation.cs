using System.Globalization;
using Hubs.Contracts.Events;
using Hubs.Contracts.Taxonomy;
using Hubs.ServiceDefaults.Http;

namespace Hubs.HubNode.Experts;

/// <summary>Checks an <see cref="ExpertInput"/>; errors are keyed by the JSON field name, e.g. <c>competencies[1]</c>.</summary>
public static class ExpertValidation
{
    public const int MaxNameLength = 200;
    public const int MaxTitleLength = 200;
    public const int MaxBioLength = 4000;

    // More codes than either vocabulary could sensibly need on one person; bounds the error list too.
    public const int MaxCodes = 30;

    public static Dictionary<string, string[]> Validate(ExpertInput input, out ExpertDraft? draft)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var name = TextRules.Text(input.Name, "name", MaxNameLength, multiline: false, errors);
        var title = TextRules.Text(input.Title, "title", MaxTitleLength, multiline: false, errors);
        var bio = TextRules.Text(input.Bio, "bio", MaxBioLength, multiline: true, errors);
        var competencies = Codes(input.Competencies, "competencies", Topics.IsKnown, "topic code", errors);
        var languages = Codes(input.Languages, "languages", LanguageCodes.IsKnown, "ISO 639-1 language code", errors);

        draft = errors.Count == 0
            ? new ExpertDraft(new ExpertProfile { Name = name!, Title = title!, Bio = bio!, Competencies = competencies!, Languages = languages! })
            : null;
        return errors;
    }

    private static List<string>? Codes(List<string?>? values, string field, Func<string?, bool> isKnown, string what, Dictionary<string, string[]> errors)
    {
        if (values is null || values.Count == 0)
        {
            errors[field] = [$"At least one {what} is required."];
            return null;
        }

        if (values.Count > MaxCodes)
        {
            errors[field] = [string.Create(CultureInfo.InvariantCulture, $"At most {MaxCodes} codes.")];
            return null;
        }

        var valid = true;
        for (var i = 0; i < values.Count; i++)
        {
            if (!isKnown(values[i]))
            {
                errors[string.Create(CultureInfo.InvariantCulture, $"{field}[{i}]")] = [$"{TextRules.Shown(values[i])} is not a known {what}."];
                valid = false;
            }
        }

        return valid ? [.. values.Select(v => v!).Distinct(StringComparer.Ordinal)] : null;
    }
}
