using System.Text.Json;
using Hubs.HubNode.Slots;
using NodaTime;

namespace Hubs.HubNode.Tests.Slots;

/// <summary>
/// The listing's direct JSON writer against what the API's serializer makes of the <see cref="SlotResponse"/> records
/// it replaced: byte for byte, across zones with odd offsets, daylight-saving changes, negative offsets and names
/// that need escaping.
/// </summary>
public sealed class SlotsJsonTests
{
    private static readonly JsonSerializerOptions Api = new Microsoft.AspNetCore.Http.Json.JsonOptions().SerializerOptions;

    public static TheoryData<string> Zones => new() { "Europe/Rome", "UTC", "America/New_York", "Asia/Kolkata", "Pacific/Chatham", "America/St_Johns", "Australia/Lord_Howe" };

    [Theory]
    [MemberData(nameof(Zones))]
    public void Writes_exactly_what_the_serializer_wrote_for_the_records(string zoneId)
    {
        var zone = DateTimeZoneProviders.Tzdb[zoneId];
        var slots = Slots().ToList();

        var expected = JsonSerializer.Serialize(slots.Select(s => SlotResponse.From(s, zone)).ToArray(), Api);

        Assert.Equal(expected, Written(slots, zone));
    }

    [Fact]
    public void An_empty_listing_is_an_empty_array()
    {
        Assert.Equal("[]", Written([], DateTimeZoneProviders.Tzdb["Europe/Rome"]));
    }

    private static string Written(IEnumerable<FreeSlot> slots, DateTimeZone zone)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, SlotsJson.WriterOptions(Api)))
        {
            SlotsJson.Write(writer, slots, zone, Api);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Slots every 15 minutes around the year's daylight-saving changes (both hemispheres), and a few far apart.</summary>
    private static IEnumerable<FreeSlot> Slots()
    {
        string[] names = ["Niccolò D'Àrcangelo", "Anna \"Nina\" <Rossi> & Figli", "Zoë Ünal +1", "李 明"];
        Instant[] around =
        [
            Instant.FromUtc(2026, 3, 28, 22, 0), Instant.FromUtc(2026, 10, 24, 22, 0), Instant.FromUtc(2026, 3, 7, 22, 0),
            Instant.FromUtc(2026, 11, 1, 0, 0), Instant.FromUtc(2026, 4, 4, 12, 0), Instant.FromUtc(2026, 9, 26, 12, 0),
            Instant.FromUtc(2026, 12, 31, 23, 30), Instant.FromUtc(2027, 6, 15, 7, 5),
        ];
        var n = 0;
        foreach (var start in around)
        {
            for (var i = 0; i < 24; i++, n++)
            {
                var kind = n % 3 == 0 ? ConsultationKind.Followup : ConsultationKind.Brainstorming;
                var at = start + Duration.FromMinutes(15 * i);
                yield return new FreeSlot(new Guid(n, 7, 9, [1, 2, 3, 4, 5, 6, 7, (byte)n]), names[n % names.Length], kind, new Interval(at, at + kind.Length()));
            }
        }
    }
}
