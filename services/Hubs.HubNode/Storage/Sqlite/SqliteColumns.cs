using System.Globalization;
using System.Text.Json;

namespace Hubs.HubNode.Storage.Sqlite;

/// <summary>How values are written to SQLite text columns: ISO 8601 UTC instants (sortable as text) and JSON arrays.</summary>
internal static class SqliteColumns
{
    public static string Instant(DateTimeOffset value) => value.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    public static string? Instant(DateTimeOffset? value) => value is { } v ? Instant(v) : null;

    public static DateTimeOffset Instant(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public static DateTimeOffset? OptionalInstant(string? text) => text is null ? null : Instant(text);

    public static string List(IReadOnlyList<string> values) => JsonSerializer.Serialize(values);

    public static IReadOnlyList<string> List(string json) => JsonSerializer.Deserialize<string[]>(json) ?? [];

    public static string Id(Guid id) => id.ToString("D");
}
