using System.Globalization;

namespace Hubs.ServiceDefaults.Http;

/// <summary>
/// Whole numbers in a query string, taken as text so that a malformed one is answered with a problem naming the
/// parameter rather than the framework's bare 400.
/// </summary>
public static class QueryNumbers
{
    /// <summary>
    /// <paramref name="text"/> as a number from <paramref name="min"/> to <paramref name="max"/>; <paramref name="fallback"/>
    /// when blank, and also when malformed, after adding <paramref name="message"/> to <paramref name="errors"/> under
    /// <paramref name="field"/>.
    /// </summary>
    public static int Parse(string? text, int fallback, string field, int min, int max, string message, Dictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        errors[field] = [message];
        return fallback;
    }
}
