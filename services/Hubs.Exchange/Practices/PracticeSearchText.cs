using System.Globalization;
using System.Text;

namespace Hubs.Exchange.Practices;

/// <summary>
/// The text a practice is found by, folded so that a search ignores case and accents ("perche" finds "Perché"). Stored
/// beside the practice, so every adapter searches the same way.
/// </summary>
public static class PracticeSearchText
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

    /// <summary>Title, summary and the body's plain text (no Markdown syntax, no link targets), normalised.</summary>
    public static string For(string title, string summary, string bodyPlainText) =>
        string.Join(' ', new[] { title, summary, bodyPlainText }.Select(Normalise).Where(p => p.Length > 0));
}
