using System.Text.RegularExpressions;

namespace Hubs.Contracts.Practices;

/// <summary>
/// Finds e-mail addresses and phone numbers in text meant for the whole network (practices, adoption notes). Such
/// text is public and must name no person or business: a hub points to its public site instead. The phone check is
/// a heuristic tuned for Italian and international numbers; it also catches an 11-digit VAT number, which is just as
/// unwelcome. Amounts ("€ 300.000"), years ("2021-2027") and dates are not flagged.
/// </summary>
public static partial class ContactDetails
{
    public static bool ContainsEmailAddress(string? text) => !string.IsNullOrEmpty(text) && Email().IsMatch(text);

    public static bool ContainsPhoneNumber(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        foreach (Match candidate in PhoneCandidate().Matches(text))
        {
            if (LooksLikePhoneNumber(candidate.Value))
            {
                return true;
            }
        }

        return false;
    }

    private static bool LooksLikePhoneNumber(string run)
    {
        if (Thousands().IsMatch(run) || Date().IsMatch(run))
        {
            return false;
        }

        var digits = new string([.. run.Where(char.IsAsciiDigit)]);
        if (run.TrimStart('(').StartsWith('+'))
        {
            return digits.Length is >= 8 and <= 15;
        }

        return digits switch
        {
            _ when digits.StartsWith("00", StringComparison.Ordinal) => digits.Length is >= 10 and <= 15,
            ['3', ..] => digits.Length is 9 or 10,      // Italian mobile
            ['0', ..] => digits.Length is >= 8 and <= 11, // Italian landline, or a VAT number
            _ => false,
        };
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    // A run of digits and the separators phone numbers are written with, not glued to a word or a URL path or query.
    [GeneratedRegex(@"(?<![\w/=.?&#%+-])(?:\(?\+)?\d[\d .()/-]{5,24}\d(?!\w)", RegexOptions.CultureInvariant)]
    private static partial Regex PhoneCandidate();

    [GeneratedRegex(@"^\d{1,3}(?:\.\d{3})+$", RegexOptions.CultureInvariant)]
    private static partial Regex Thousands();

    [GeneratedRegex(@"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}", RegexOptions.CultureInvariant)]
    private static partial Regex Date();
}
