using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Hubs.HubNode.Slots;

/// <summary>
/// The slot listing written straight to the response: exactly the JSON the API's serializer makes of
/// <see cref="SlotResponse"/>[] (same names, order, escaping; <c>SlotsJsonTests</c> compares the two byte for byte),
/// without a record and four NodaTime-formatted strings per slot. A week of 20 experts is thousands of slots, and
/// formatting and serializing them cost several times what finding them did.
/// </summary>
public sealed class SlotsJson(IReadOnlyList<FreeSlot> slots, DateTimeZone zone) : IResult
{
    private static readonly JsonEncodedText ExpertIdName = JsonEncodedText.Encode("expertId");
    private static readonly JsonEncodedText ExpertNameName = JsonEncodedText.Encode("expertName");
    private static readonly JsonEncodedText KindName = JsonEncodedText.Encode("kind");
    private static readonly JsonEncodedText StartName = JsonEncodedText.Encode("start");
    private static readonly JsonEncodedText EndName = JsonEncodedText.Encode("end");
    private static readonly JsonEncodedText StartLocalName = JsonEncodedText.Encode("startLocal");
    private static readonly JsonEncodedText EndLocalName = JsonEncodedText.Encode("endLocal");
    private static readonly JsonEncodedText TimeZoneName = JsonEncodedText.Encode("timeZone");

    /// <summary>Flushed to the response in pieces of about this size, so a long listing is never held whole in memory.</summary>
    private const int FlushAt = 32 * 1024;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var options = httpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = "application/json; charset=utf-8";
        var body = httpContext.Response.BodyWriter;
        await using var writer = new Utf8JsonWriter(body, WriterOptions(options));
        writer.WriteStartArray();
        var kinds = new Dictionary<ConsultationKind, JsonEncodedText>();
        var zoneId = JsonEncodedText.Encode(zone.Id, options.Encoder);
        foreach (var slot in slots)
        {
            WriteSlot(writer, slot, zone, zoneId, Kind(kinds, slot.Kind, options));
            if (writer.BytesPending >= FlushAt)
            {
                await writer.FlushAsync(httpContext.RequestAborted);
                await body.FlushAsync(httpContext.RequestAborted);
            }
        }

        writer.WriteEndArray();
        await writer.FlushAsync(httpContext.RequestAborted);
    }

    /// <summary>The same JSON to any writer (the tests compare it with the serializer's).</summary>
    public static void Write(Utf8JsonWriter writer, IEnumerable<FreeSlot> slots, DateTimeZone zone, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        var kinds = new Dictionary<ConsultationKind, JsonEncodedText>();
        var zoneId = JsonEncodedText.Encode(zone.Id, options.Encoder);
        foreach (var slot in slots)
        {
            WriteSlot(writer, slot, zone, zoneId, Kind(kinds, slot.Kind, options));
        }

        writer.WriteEndArray();
    }

    public static JsonWriterOptions WriterOptions(JsonSerializerOptions options) => new()
    {
        Encoder = options.Encoder,
        Indented = options.WriteIndented,
        SkipValidation = true,
    };

    private static JsonEncodedText Kind(Dictionary<ConsultationKind, JsonEncodedText> kinds, ConsultationKind kind, JsonSerializerOptions options)
    {
        if (!kinds.TryGetValue(kind, out var code))
        {
            code = kinds[kind] = JsonEncodedText.Encode(kind.Code(), options.Encoder);
        }

        return code;
    }

    private static void WriteSlot(Utf8JsonWriter writer, FreeSlot slot, DateTimeZone zone, JsonEncodedText zoneId, JsonEncodedText kind)
    {
        Span<char> text = stackalloc char[25];
        writer.WriteStartObject();
        writer.WriteString(ExpertIdName, slot.ExpertId);
        writer.WriteString(ExpertNameName, slot.ExpertName);
        writer.WriteString(KindName, kind);
        writer.WriteString(StartName, Utc(slot.Interval.Start, text));
        writer.WriteString(EndName, Utc(slot.Interval.End, text));
        writer.WriteString(StartLocalName, Local(slot.Interval.Start, zone, text));
        writer.WriteString(EndLocalName, Local(slot.Interval.End, zone, text));
        writer.WriteString(TimeZoneName, zoneId);
        writer.WriteEndObject();
    }

    /// <summary><c>2026-03-29T07:00:00Z</c>, as <see cref="SlotResponse"/>'s pattern writes it.</summary>
    private static ReadOnlySpan<char> Utc(Instant instant, Span<char> text)
    {
        instant.ToDateTimeUtc().TryFormat(text, out var written, "yyyy'-'MM'-'dd'T'HH':'mm':'ss'Z'", CultureInfo.InvariantCulture);
        return text[..written];
    }

    /// <summary><c>2026-03-29T09:00:00+02:00</c>: the local time in <paramref name="zone"/> with its offset, as <see cref="SlotResponse"/>'s pattern writes it.</summary>
    private static ReadOnlySpan<char> Local(Instant instant, DateTimeZone zone, Span<char> text)
    {
        var offset = zone.GetUtcOffset(instant);
        var local = new DateTime((instant + Duration.FromSeconds(offset.Seconds)).ToDateTimeUtc().Ticks, DateTimeKind.Unspecified);
        local.TryFormat(text, out var written, "yyyy'-'MM'-'dd'T'HH':'mm':'ss", CultureInfo.InvariantCulture);
        var seconds = offset.Seconds;
        text[written++] = seconds < 0 ? '-' : '+';
        var minutes = Math.Abs(seconds) / 60;
        (minutes / 60).TryFormat(text[written..], out var hours, "00", CultureInfo.InvariantCulture);
        written += hours;
        text[written++] = ':';
        (minutes % 60).TryFormat(text[written..], out var rest, "00", CultureInfo.InvariantCulture);
        return text[..(written + rest)];
    }
}
