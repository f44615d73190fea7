using System.Collections.Frozen;
using Hubs.Contracts.Geography;
using Hubs.ServiceDefaults.Search;

namespace Hubs.Directory.Experts;

/// <summary>
/// Italian regions as the province list names them, found by a name typed any way: case, accents, dashes and either
/// half of a bilingual name ignored ("emilia romagna", "Valle d'Aosta", "Sudtirol").
/// </summary>
public static class Regions
{
    private static readonly FrozenDictionary<string, IReadOnlyList<string>> ProvincesByRegion = Provinces.All
        .GroupBy(p => p.Region, StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(p => p.Code).Order(StringComparer.Ordinal)], StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> ByFoldedName = ProvincesByRegion.Keys
        .SelectMany(region => Spellings(region).Select(spelling => (spelling, region)))
        .DistinctBy(x => x.spelling, StringComparer.Ordinal)
        .ToFrozenDictionary(x => x.spelling, x => x.region, StringComparer.Ordinal);

    /// <summary>Every region name, as written in the province list.</summary>
    public static IReadOnlyCollection<string> All => ProvincesByRegion.Keys;

    /// <summary>The region's name as written in the province list, or null when <paramref name="name"/> names none.</summary>
    public static string? Find(string? name) => ByFoldedName.GetValueOrDefault(Fold(name));

    /// <summary>The province codes of a region (as returned by <see cref="Find"/>), in code order.</summary>
    public static IReadOnlyList<string> ProvincesOf(string region) => ProvincesByRegion.GetValueOrDefault(region) ?? [];

    /// <summary>The region of a province code; null for a code the list does not know.</summary>
    public static string? Of(string? provinceCode) => Provinces.Find(provinceCode)?.Region;

    private static IEnumerable<string> Spellings(string region)
    {
        yield return Fold(region);
        foreach (var half in region.Split('/', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            yield return Fold(half);
        }
    }

    private static string Fold(string? name) => SearchText.Normalise(name?.Replace('-', ' '));
}
