using System.Collections.Frozen;
using System.Globalization;

namespace Hubs.Contracts.Geography;

/// <summary>The 107 Italian provinces, loaded once from the embedded ISTAT / Openpolis data (CC BY 4.0).</summary>
public static class Provinces
{
    private static readonly FrozenDictionary<string, Province> ByCode = Load().ToFrozenDictionary(p => p.Code, StringComparer.Ordinal);

    public static IReadOnlyCollection<Province> All => ByCode.Values;

    public static bool IsKnown(string? code) => code is not null && ByCode.ContainsKey(code);

    public static Province? Find(string? code) => code is not null && ByCode.TryGetValue(code, out var p) ? p : null;

    private static IEnumerable<Province> Load()
    {
        using var stream = typeof(Provinces).Assembly.GetManifestResourceStream("Hubs.Contracts.it-provinces.csv")
            ?? throw new InvalidOperationException("The province list is missing from the contracts assembly.");
        using var reader = new StreamReader(stream);
        _ = reader.ReadLine(); // header
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            // The file has no quoting and no commas inside fields (see Geography/README.md).
            var f = line.Split(',');
            yield return new Province(f[0], f[1], f[2],
                double.Parse(f[3], CultureInfo.InvariantCulture), double.Parse(f[4], CultureInfo.InvariantCulture));
        }
    }
}
