namespace Hubs.Directory.Storage.ReadModel;

/// <summary>
/// SQLite's BINARY collation compares UTF-8 bytes, which is code point order; <see cref="string.CompareOrdinal(string, string)"/>
/// compares UTF-16 units, which differs where a surrogate pair meets U+E000..U+FFFF. Memory must order as SQL does.
/// </summary>
internal static class CodePointOrder
{
    /// <summary>Null first, as SQLite orders NULL before any text.</summary>
    public static int Compare(string? a, string? b)
    {
        if (ReferenceEquals(a, b))
        {
            return 0;
        }

        if (a is null || b is null)
        {
            return a is null ? -1 : 1;
        }

        var common = a.AsSpan().CommonPrefixLength(b);
        return common == Math.Min(a.Length, b.Length)
            ? a.Length.CompareTo(b.Length)
            : Weight(a[common]).CompareTo(Weight(b[common]));
    }

    // Surrogates (code points above U+FFFF) move above the rest of the BMP, everything above them moves down.
    private static int Weight(char c) => c < 0xD800 ? c : c <= 0xDFFF ? c + 0x2000 : c - 0x800;
}
