using System.Globalization;
using System.Text.Json;

namespace Hubs.ServiceDefaults.Storage;

/// <summary>
/// How the directory's and the exchange's SQLite columns hold values as text: fixed-width ISO 8601 UTC instants (they sort
/// as text), dates, "D" guids and JSON arrays.
/// </summary>
public static class StoredValues
{
    public static string Time(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    public static DateTimeOffset Time(string value) =>
        DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public static DateTimeOffset? OptionalTime(string? value) => value is null ? null : Time(value);

    public static string? OptionalTime(DateTimeOffset? value) => value is { } time ? Time(time) : null;

    public static string Date(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly Date(string value) => DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Id(Guid value) => value.ToString("D");

    public static Guid? OptionalId(string? value) => value is null ? null : Guid.Parse(value);

    public static string List(IEnumerable<string>? values) => JsonSerializer.Serialize(values?.ToArray() ?? []);

    public static IReadOnlyList<string> List(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<string[]>(json) ?? [];
}
