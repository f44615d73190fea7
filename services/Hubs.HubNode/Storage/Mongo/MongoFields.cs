using MongoDB.Bson;
using MongoDB.Bson.IO;
using NodaTime;

namespace Hubs.HubNode.Storage.Mongo;

/// <summary>
/// How values are written to MongoDB documents: ids as their "D" text (as in SQLite, so a store reads the same in both),
/// instants as BSON dates (UTC, to the millisecond), JSON-shaped values as subdocuments.
/// </summary>
internal static class MongoFields
{
    private static readonly JsonWriterSettings RelaxedJson = new() { OutputMode = JsonOutputMode.RelaxedExtendedJson };

    public static string Id(Guid id) => id.ToString("D");

    public static DateTime Date(DateTimeOffset value) => value.UtcDateTime;

    public static DateTime? Date(DateTimeOffset? value) => value?.UtcDateTime;

    public static DateTime Date(Instant value) => value.ToDateTimeUtc();

    public static DateTime? Date(Instant? value) => value?.ToDateTimeUtc();

    public static DateTimeOffset Offset(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    public static DateTimeOffset? Offset(DateTime? value) => value is { } v ? Offset(v) : null;

    public static Instant Instant(DateTime value) => NodaTime.Instant.FromDateTimeUtc(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    public static Instant? Instant(DateTime? value) => value is { } v ? Instant(v) : null;

    public static BsonDocument Document(string json) => BsonDocument.Parse(json);

    public static string Json(BsonDocument document) => document.ToJson(RelaxedJson);
}
