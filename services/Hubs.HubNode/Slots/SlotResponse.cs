using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Hubs.HubNode.Slots;

/// <summary>
/// A free slot: <see cref="Start"/>/<see cref="End"/> as UTC instants (<c>2026-03-29T07:00:00Z</c>), and the same
/// instants as local date-times with their offset in <see cref="TimeZone"/> (<c>2026-03-29T09:00:00+02:00</c>).
/// </summary>
public sealed record SlotResponse(
    Guid ExpertId,
    string ExpertName,
    ConsultationKind Kind,
    string Start,
    string End,
    string StartLocal,
    string EndLocal,
    string TimeZone)
{
    private static readonly InstantPattern Utc = InstantPattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss'Z'");

    private static readonly OffsetDateTimePattern Local =
        OffsetDateTimePattern.Create("uuuu'-'MM'-'dd'T'HH':'mm':'sso<+HH:mm>", CultureInfo.InvariantCulture, default);

    public static SlotResponse From(FreeSlot slot, DateTimeZone zone) => new(
        slot.ExpertId,
        slot.ExpertName,
        slot.Kind,
        Utc.Format(slot.Interval.Start),
        Utc.Format(slot.Interval.End),
        Local.Format(slot.Interval.Start.InZone(zone).ToOffsetDateTime()),
        Local.Format(slot.Interval.End.InZone(zone).ToOffsetDateTime()),
        zone.Id);
}
