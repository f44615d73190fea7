using System.Collections.Concurrent;

namespace Hubs.Directory.Storage.ReadModel;

/// <summary>
/// Small numbers for the faceted values (hub ids, topic and language codes, regions), so a search tests and counts
/// them in arrays rather than hashing strings for every expert. Codes are only ever added (under the model's refresh
/// turn); any thread may look one up.
/// </summary>
internal sealed class FacetCodes
{
    public const int None = -1;

    private readonly ConcurrentDictionary<string, int> _codes = new(StringComparer.Ordinal);
    private readonly List<string> _values = [];

    /// <summary>The code of <paramref name="value"/>, added if new; only while holding the model's refresh turn.</summary>
    public int Add(string value)
    {
        if (_codes.TryGetValue(value, out var code))
        {
            return code;
        }

        _values.Add(value);
        return _codes[value] = _values.Count - 1;
    }

    /// <summary>The code of <paramref name="value"/>, or <see cref="None"/> when no expert or hub ever had it.</summary>
    public int Find(string? value) => value is not null && _codes.TryGetValue(value, out var code) ? code : None;

    /// <summary>The values by code so far, for a view to name its counts.</summary>
    public string[] Values() => [.. _values];
}
