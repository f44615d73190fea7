using System.Globalization;
using System.Text;

namespace Hubs.ServiceDefaults.Search;

/// <summary>
/// How the network's stores fold the text they search and the queries they are asked, so a search ignores case and
/// accents ("nicolo" finds "Nicolò", "perche" finds "Perché"): the directory's experts and the exchange's practices alike.
/// </summary>
public static class SearchText
{
    /// <summary>Lower case, accents removed, runs of white space made one space.</summary>
    public static string Normalise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = folded.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                folded.Append(' ');
                pendingSpace = false;
            }

            folded.Append(c);
        }

        return folded.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The distinct normalised words of a query; each must match.</summary>
    public static IReadOnlyList<string> Terms(string? query) =>
        [.. Normalise(query).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal)];
}
