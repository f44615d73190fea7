using System.Globalization;
using System.Text;
using Hubs.Contracts.Events;
using Hubs.Contracts.Taxonomy;

namespace Hubs.Directory.Experts;

/// <summary>
/// The text an expert is found by, folded so that a search ignores case and accents ("nicolo" finds "Nicolò",
/// "sicurezza" finds "Sicurezza informatica"). Stored beside the expert, so every adapter searches the same way.
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

    /// <summary>Name, title, bio and the Italian and English labels of the competencies, normalised.</summary>
    public static string For(ExpertPublished expert)
    {
        var parts = new List<string?> { expert.Name, expert.Title, expert.Bio };
        foreach (var code in expert.Competencies ?? [])
        {
            var topic = Topics.Find(code);
            parts.Add(topic?.LabelIt);
            parts.Add(topic?.LabelEn);
        }

        return string.Join(' ', parts.Select(Normalise).Where(p => p.Length > 0));
    }
}
