using System.Globalization;
using System.Text.Json;

namespace Hubs.Exchange.Storage.Sqlite;

/// <summary>How values are written to the exchange's text columns: fixed-width ISO 8601 UTC instants (they sort as text), JSON arrays, "D" guids.</summary>
internal static class StoredValues
{
    public static string Time(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    public static DateTimeOffset Time(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public static string List(IReadOnlyList<string>? values) => JsonSerializer.Serialize(values ?? []);

    public static IReadOnlyList<string> List(string json) => JsonSerializer.Deserialize<string[]>(json) ?? [];

    public static string Id(Guid id) => id.ToString("D");
}
