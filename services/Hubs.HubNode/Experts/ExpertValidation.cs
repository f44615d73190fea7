using System.Globalization;
using Hubs.Contracts.Taxonomy;

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
        var name = Text(input.Name, "name", MaxNameLength, multiline: false, errors);
        var title = Text(input.Title, "title", MaxTitleLength, multiline: false, errors);
        var bio = Text(input.Bio, "bio", MaxBioLength, multiline: true, errors);
        var competencies = Codes(input.Competencies, "competencies", Topics.IsKnown, "topic code", errors);
        var languages = Codes(input.Languages, "languages", LanguageCodes.IsKnown, "ISO 639-1 language code", errors);

        draft = errors.Count == 0 ? new ExpertDraft(name!, title!, bio!, competencies!, languages!) : null;
        return errors;
    }

    private static string? Text(string? value, string field, int maxLength, bool multiline, Dictionary<string, string[]> errors)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            errors[field] = [$"The {field} is required."];
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
                errors[string.Create(CultureInfo.InvariantCulture, $"{field}[{i}]")] = [$"{Shown(values[i])} is not a known {what}."];
                valid = false;
            }
        }

        return valid ? [.. values.Select(v => v!).Distinct(StringComparer.Ordinal)] : null;
    }

    // Echo enough of a bad code to recognise it, never a megabyte of it.
    private static string Shown(string? value) => value switch
    {
        null => "null",
        { Length: > 40 } => $"'{value[..40]}…'",
        _ => $"'{value}'",
    };
}
