using System.Collections.Frozen;
using System.Globalization;

namespace Hubs.Contracts.Taxonomy;

/// <summary>Languages an expert speaks, as ISO 639-1 two-letter codes (lower case).</summary>
public static class LanguageCodes
{
    // The framework's neutral cultures are the ISO 639-1 list; no need to keep our own copy.
    private static readonly FrozenSet<string> Known = CultureInfo.GetCultures(CultureTypes.NeutralCultures)
        .Select(c => c.TwoLetterISOLanguageName)
        .Where(code => code.Length == 2)
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Every known code, in order (for documents that list them).</summary>
    public static IReadOnlyList<string> All { get; } = [.. Known.Order(StringComparer.Ordinal)];

    public static bool IsKnown(string? code) => code is { Length: 2 } && Known.Contains(code);
}
