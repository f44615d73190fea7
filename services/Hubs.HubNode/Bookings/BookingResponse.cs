using System.Globalization;
using Hubs.HubNode.Slots;
using NodaTime;
using NodaTime.Text;

namespace Hubs.HubNode.Bookings;

/// <summary>
/// A booking as its business (with the manage token) or the hub's staff see it. Never the manage token: only its hash
/// is stored. <see cref="StartLocal"/> and <see cref="EndLocal"/> are the same instants as local times in <see cref="TimeZone"/>
/// with their offset, as in the slot listing.
/// </summary>
public sealed record BookingResponse(
    Guid Id,
    Guid ExpertId,
    Guid CaseId,
    string Kind,
    string Status,
    DateTimeOffset Start,
    DateTimeOffset End,
    string TimeZone,
    string StartLocal,
    string EndLocal,
    string VideoLink,
    long Version,
    int Sequence,
    BookingIntakeResponse Intake,
    DateTimeOffset ConsentAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? CancelledAt,
    OutcomeResponse? Outcome)
{
    private static readonly OffsetDateTimePattern Local =
        OffsetDateTimePattern.Create("uuuu'-'MM'-'dd'T'HH':'mm':'sso<+HH:mm>", CultureInfo.InvariantCulture, default);

    /// <param name="staffView">Staff see the outcome's notes; the business does not.</param>
    public static BookingResponse From(Booking booking, bool staffView)
    {
        var zone = DateTimeZoneProviders.Tzdb[booking.TimeZone];
        return new(
            booking.Id,
            booking.ExpertId,
            booking.CaseId,
            booking.Kind.Code(),
            booking.Status,
            booking.Start.ToDateTimeOffset(),
            booking.End.ToDateTimeOffset(),
            booking.TimeZone,
            Local.Format(booking.Start.InZone(zone).ToOffsetDateTime()),
            Local.Format(booking.End.InZone(zone).ToOffsetDateTime()),
            booking.VideoLink,
            booking.Version,
            booking.Sequence,
            BookingIntakeResponse.From(booking.Intake),
            booking.ConsentAt.ToDateTimeOffset(),
            booking.CreatedAt.ToDateTimeOffset(),
            booking.UpdatedAt.ToDateTimeOffset(),
            booking.CancelledAt?.ToDateTimeOffset(),
            booking.Outcome is { } o ? OutcomeResponse.From(o, staffView) : null);
    }
}
