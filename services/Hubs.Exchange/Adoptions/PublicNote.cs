using System.Globalization;
using Hubs.Contracts.Practices;

namespace Hubs.Exchange.Adoptions;

/// <summary>Free text one hub's staff write for the whole network: bounded, printable, and without contact details.</summary>
public static class PublicNote
{
    /// <summary>The trimmed text, or null with the problem recorded under <paramref name="field"/>.</summary>
    public static string? Check(string? value, string field, int maxLength, Dictionary<string, string[]> errors)
    {
        var text = value?.Trim();
        string? problem = string.IsNullOrEmpty(text)
            ? $"The {field} is required: say how the practice was taken up."
            : text.Length > maxLength
                ? string.Create(CultureInfo.InvariantCulture, $"The {field} must be at most {maxLength} characters.")
                : !IsPrintable(text)
                    ? $"The {field} must not contain control characters or broken Unicode."
                    : ContactDetails.ContainsEmailAddress(text) || ContactDetails.ContainsPhoneNumber(text)
                        ? $"The {field} is public across the network: no e-mail addresses or phone numbers."
                        : null;
        if (problem is null)
        {
            return text;
        }

        errors[field] = [problem];
        return null;
    }

    private static bool IsPrintable(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF' || (char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
            {
                return false;
            }
        }

        return true;
    }
}
