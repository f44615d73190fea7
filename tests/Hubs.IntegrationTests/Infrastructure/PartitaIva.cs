using System.Globalization;
using System.Security.Cryptography;

namespace Hubs.IntegrationTests.Infrastructure;

/// <summary>Valid, random Partite IVA: a marker that passes the hub's checksum validation.</summary>
internal static class PartitaIva
{
    public static string Unique()
    {
        var digits = Enumerable.Range(0, 10).Select(_ => RandomNumberGenerator.GetInt32(10)).ToArray();
        digits[0] = 1 + RandomNumberGenerator.GetInt32(9);
        var sum = 0;
        for (var i = 0; i < 10; i++)
        {
            // Odd positions (1st, 3rd, …) count as they are; even ones doubled, minus 9 above 9.
            var d = i % 2 == 0 ? digits[i] : digits[i] * 2;
            sum += d > 9 ? d - 9 : d;
        }

        var check = (10 - (sum % 10)) % 10;
        return string.Concat(digits.Select(d => d.ToString(CultureInfo.InvariantCulture))) + check.ToString(CultureInfo.InvariantCulture);
    }
}
