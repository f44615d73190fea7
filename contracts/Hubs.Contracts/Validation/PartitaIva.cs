namespace Hubs.Contracts.Validation;

/// <summary>
/// The Italian VAT number: 11 digits whose last is a Luhn-style check digit over the first ten (digits in odd
/// positions added as they are, digits in even positions doubled and reduced by 9 when above 9).
/// </summary>
public static class PartitaIva
{
    public const int Length = 11;

    /// <summary>The 11 digits of <paramref name="text"/> (spaces and an <c>IT</c> prefix dropped) when they form a valid number.</summary>
    public static bool TryNormalize(string? text, out string digits)
    {
        digits = "";
        if (text is null)
        {
            return false;
        }

        var compact = text.Replace(" ", "", StringComparison.Ordinal).Trim();
        if (compact.StartsWith("IT", StringComparison.OrdinalIgnoreCase))
        {
            compact = compact[2..];
        }

        if (!IsValid(compact))
        {
            return false;
        }

        digits = compact;
        return true;
    }

    /// <summary>Exactly 11 ASCII digits, not all zero, with the right check digit.</summary>
    public static bool IsValid(string? digits)
    {
        if (digits is not { Length: Length } || !digits.All(char.IsAsciiDigit) || digits.All(c => c == '0'))
        {
            return false;
        }

        return digits[^1] - '0' == CheckDigit(digits.AsSpan(0, Length - 1));
    }

    /// <summary>The check digit for the first ten digits.</summary>
    public static int CheckDigit(ReadOnlySpan<char> firstTen)
    {
        var sum = 0;
        for (var i = 0; i < firstTen.Length; i++)
        {
            var digit = firstTen[i] - '0';
            if (i % 2 == 1)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
        }

        return (10 - (sum % 10)) % 10;
    }
}
