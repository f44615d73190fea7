namespace Hubs.Directory.Referrals;

/// <summary>
/// The Italian VAT number (Partita IVA) check, so a business hears about a typo when it accepts rather than never: the
/// receiving hub checks the intake again (the same rule) when the referral arrives.
/// </summary>
public static class VatNumbers
{
    /// <summary>The 11 digits (spaces and an IT prefix dropped) when they form a valid number; null otherwise.</summary>
    public static string? Normalize(string? text)
    {
        var compact = text?.Replace(" ", "", StringComparison.Ordinal).Trim() ?? "";
        if (compact.StartsWith("IT", StringComparison.OrdinalIgnoreCase))
        {
            compact = compact[2..];
        }

        if (compact.Length != 11 || !compact.All(char.IsAsciiDigit) || compact.All(c => c == '0'))
        {
            return null;
        }

        var sum = 0;
        for (var i = 0; i < 10; i++)
        {
            var digit = compact[i] - '0';
            sum += i % 2 == 1 ? (digit * 2 > 9 ? (digit * 2) - 9 : digit * 2) : digit;
        }

        return compact[10] - '0' == (10 - (sum % 10)) % 10 ? compact : null;
    }
}
