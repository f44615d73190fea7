using System.Globalization;

namespace Hubs.ServiceDefaults.Http;

/// <summary>
/// The rules every free text in a request follows (names, titles, bios, needs, notes): trimmed, bounded, no control
/// characters (line breaks and tabs where <c>multiline</c>). Errors are keyed by the JSON field name.
/// </summary>
public static class TextRules
{
    /// <summary>
    /// The trimmed text, or null with an error under <paramref name="field"/> (none for a missing optional one);
    /// <paramref name="what"/> names it in the error ("the name"), the field's own name when not given.
    /// </summary>
    public static string? Text(
        string? value, string field, int maxLength, bool multiline, Dictionary<string, string[]> errors, string? what = null, bool required = true)
    {
        ArgumentNullException.ThrowIfNull(errors);
        what ??= field;
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            if (required)
            {
                errors[field] = [$"The {what} is required."];
            }

            return null;
        }

        if (text.Length > maxLength)
        {
            errors[field] = [string.Create(CultureInfo.InvariantCulture, $"The {what} must be at most {maxLength} characters.")];
            return null;
        }

        if (text.Any(c => char.IsControl(c) && !(multiline && c is '\n' or '\r' or '\t')))
        {
            errors[field] = [$"The {what} must not contain control characters."];
            return null;
        }

        return text;
    }

    /// <summary>A rejected value as an error echoes it: enough to recognise it, never a megabyte of it.</summary>
    public static string Shown(string? value) => value switch
    {
        null => "null",
        { Length: > 40 } => $"'{value[..40]}…'",
        _ => $"'{value}'",
    };
}
