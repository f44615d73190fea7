using NodaTime;
using NodaTime.Text;

namespace Hubs.HubNode.Bookings;

/// <summary>How booking times are read: ISO 8601 with an explicit offset (<c>Z</c> or <c>±hh:mm</c>), seconds optional.</summary>
public static class BookingTimes
{
    private static readonly OffsetDateTimePattern WithSeconds = OffsetDateTimePattern.ExtendedIso;
    private static readonly OffsetDateTimePattern WithoutSeconds = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mmo<G>");

    public static bool TryParseInstant(string? text, out Instant instant)
    {
        instant = default;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 64)
        {
            return false;
        }

        var parsed = WithSeconds.Parse(text);
        if (!parsed.Success)
        {
            parsed = WithoutSeconds.Parse(text);
        }

        if (!parsed.Success)
        {
            return false;
        }

        instant = parsed.Value.ToInstant();
        return true;
    }
}
