using System.Collections.Concurrent;

namespace Hubs.Directory.Storage.ReadModel;

/// <summary>
/// Small numbers for repeated values (hub ids, topic and language codes, regions; the words of the search texts), so a
/// search tests and counts them in arrays rather than hashing or scanning strings for every expert. Codes are only ever
/// added (under the model's refresh turn); any thread may look one up.
/// </summary>
internal sealed class FacetCodes
{
    public const int None = -1;

    private readonly ConcurrentDictionary<string, int> _codes = new(StringComparer.Ordinal);

    // Append-only: a view keeps the array and the count it saw; slots past its count may fill later, and a full array
    // is replaced, never changed below its count.
    private string[] _values = new string[64];
    private int _count;

    /// <summary>The code of <paramref name="value"/>, added if new; only while holding the model's refresh turn.</summary>
    public int Add(string value)
    {
        if (_codes.TryGetValue(value, out var code))
        {
            return code;
        }

        if (_count == _values.Length)
        {
            var larger = new string[_values.Length * 2];
            Array.Copy(_values, larger, _count);
            _values = larger;
        }

        _values[_count] = value;
        _codes[value] = _count;
        return _count++;
    }

    /// <summary>The code of <paramref name="value"/>, or <see cref="None"/> when nothing ever had it.</summary>
    public int Find(string? value) => value is not null && _codes.TryGetValue(value, out var code) ? code : None;

    /// <summary>The values by code so far, without copying; only while holding the model's refresh turn.</summary>
    public ArraySegment<string> Values() => new(_values, 0, _count);
}
