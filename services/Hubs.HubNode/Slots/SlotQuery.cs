using Hubs.Contracts.Taxonomy;
using Hubs.HubNode.Availability;
using Hubs.ServiceDefaults.Http;
using NodaTime;
using NodaTime.Text;

namespace Hubs.HubNode.Slots;

/// <summary>
/// A validated <c>GET …/slots</c> query. <c>from</c>/<c>to</c> are instants with an offset (<c>2026-03-29T09:00:00+02:00</c>,
/// <c>…Z</c>), local date-times or dates, the local ones read in <c>tz</c> (the hub's zone when absent); a date as
/// <c>to</c> includes that whole day. Defaults: from now, for 14 days. The span may not exceed 62 days.
/// </summary>
public sealed record SlotQuery(string? Topic, Guid? ExpertId, ConsultationKind Kind, Interval Window, DateTimeZone DisplayZone)
{
    public static readonly Duration DefaultSpan = Duration.FromDays(14);
    public static readonly Duration MaxSpan = Duration.FromDays(62);

    private static readonly OffsetDateTimePattern[] OffsetPatterns =
    [
        OffsetDateTimePattern.ExtendedIso,
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mmo<G>"),
    ];

    private static readonly LocalDateTimePattern[] LocalPatterns =
    [
        LocalDateTimePattern.ExtendedIso,
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm"),
    ];

    public static Dictionary<string, string[]> TryRead(
        string? topic, string? expert, string? kind, string? from, string? to, string? tz, string hubTimeZone, Instant now, out SlotQuery? query)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        query = null;

        topic = Blank(topic);
        if (topic is not null && !Topics.IsKnown(topic))
        {
            errors["topic"] = [$"{TextRules.Shown(topic)} is not a known topic code."];
        }

        Guid? expertId = null;
        if (Blank(expert) is { } expertText)
        {
            if (Guid.TryParse(expertText, out var id))
            {
                expertId = id;
            }
            else
            {
                errors["expert"] = [$"{TextRules.Shown(expertText)} is not an expert id."];
            }
        }

        var consultation = ConsultationKind.Brainstorming;
        if (Blank(kind) is { } kindText && !ConsultationKinds.TryParse(kindText, out consultation))
        {
            errors["kind"] = [$"{TextRules.Shown(kindText)} is not a consultation kind ({ConsultationKinds.BrainstormingCode} or {ConsultationKinds.FollowupCode})."];
        }

        var tzText = Blank(tz);
        if ((tzText is null ? DateTimeZoneProviders.Tzdb[hubTimeZone] : DateTimeZoneProviders.Tzdb.GetZoneOrNull(tzText)) is not { } zone)
        {
            errors["tz"] = [$"{TextRules.Shown(tzText)} is not a TZDB time zone id (e.g. Europe/Rome, America/New_York)."];
            return errors;
        }

        var start = Blank(from) is { } fromText ? ReadInstant(fromText, zone, isEnd: false, "from", errors) : now;
        var end = Blank(to) is { } toText ? ReadInstant(toText, zone, isEnd: true, "to", errors) : start + DefaultSpan;
        if (start is not { } s || end is not { } e || errors.Count > 0)
        {
            return errors;
        }

        if (e <= s)
        {
            errors["to"] = ["The to must be after the from."];
            return errors;
        }

        if (e - s > MaxSpan)
        {
            errors["to"] = ["At most 62 days between from and to."];
            return errors;
        }

        // The past has no free slots; starting at now keeps the window honest. Each expert's horizon clamps the end.
        if (s < now)
        {
            s = now;
        }

        query = new SlotQuery(topic, expertId, consultation, e > s ? new Interval(s, e) : new Interval(s, s), zone);
        return errors;
    }

    private static Instant? ReadInstant(string text, DateTimeZone zone, bool isEnd, string field, Dictionary<string, string[]> errors)
    {
        // An unencoded '+' in a query string arrives as a space.
        text = text.Trim().Replace(' ', '+');
        // Each form's local date is range-checked before it becomes an instant: NodaTime's limits are never approached.
        LocalDate? date = null;
        Func<Instant>? instant = null;
        if (OffsetPatterns.Select(p => p.Parse(text)).FirstOrDefault(r => r.Success) is { } offset)
        {
            date = offset.Value.Date;
            instant = () => offset.Value.ToInstant();
        }
        else if (LocalPatterns.Select(p => p.Parse(text)).FirstOrDefault(r => r.Success) is { } local)
        {
            date = local.Value.Date;
            instant = () => zone.ResolveLocal(local.Value, SlotCalendar.Boundary).ToInstant();
        }
        else if (LocalDatePattern.Iso.Parse(text) is { Success: true } day)
        {
            date = day.Value;

            // A date as "to" includes the whole day.
            instant = () => zone.AtStartOfDay(isEnd ? day.Value.PlusDays(1) : day.Value).ToInstant();
        }

        if (date is not { } d || instant is null)
        {
            errors[field] = [$"{TextRules.Shown(text)} is not a date (2026-03-29), a local date-time (2026-03-29T09:00) or an instant (2026-03-29T09:00:00+02:00)."];
            return null;
        }

        if (d < AvailabilityValidation.EarliestDate || d > AvailabilityValidation.LatestDate)
        {
            errors[field] = [$"The {field} must be between {AvailabilityText.Date(AvailabilityValidation.EarliestDate)} and {AvailabilityText.Date(AvailabilityValidation.LatestDate)}."];
            return null;
        }

        return instant();
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
