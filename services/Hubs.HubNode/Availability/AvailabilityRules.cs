using Hubs.HubNode.Profile;
using Hubs.ServiceDefaults.Http;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Hubs.HubNode.Availability;

/// <summary>When an expert takes meetings, in the local time of <see cref="TimeZone"/>; validated, normalised (sorted).</summary>
public sealed record AvailabilityRules : IRequestDraft<AvailabilityRules>
{
    public const int DefaultBufferMinutes = 15;
    public const int DefaultMinimumNoticeHours = 24;
    public const int DefaultHorizonDays = 60;
    public const int DefaultStepMinutes = 15;

    /// <summary>A TZDB zone id, e.g. <c>Europe/Rome</c>.</summary>
    public required string TimeZone { get; init; }

    public required IReadOnlyList<WeeklyOpening> Weekly { get; init; }

    public required IReadOnlyList<TimeOff> Exceptions { get; init; }

    public required IReadOnlyList<ExtraOpening> ExtraOpenings { get; init; }

    /// <summary>Free time kept before and after every busy interval (a booked meeting).</summary>
    public int BufferMinutes { get; init; } = DefaultBufferMinutes;

    /// <summary>A slot starts at least this long after now.</summary>
    public int MinimumNoticeHours { get; init; } = DefaultMinimumNoticeHours;

    /// <summary>A slot starts less than this long after now.</summary>
    public int HorizonDays { get; init; } = DefaultHorizonDays;

    /// <summary>Slots start this far apart, counted from the start of each opening.</summary>
    public int StepMinutes { get; init; } = DefaultStepMinutes;

    public DateTimeZone Zone => DateTimeZoneProviders.Tzdb[TimeZone];

    public Duration Buffer => Duration.FromMinutes(BufferMinutes);

    public Duration MinimumNotice => Duration.FromHours(MinimumNoticeHours);

    public Duration Horizon => Duration.FromDays(HorizonDays);

    public Duration Step => Duration.FromMinutes(StepMinutes);

    /// <summary>Same rules (records compare lists by reference, so compare them item by item).</summary>
    public bool SameAs(AvailabilityRules other) =>
        TimeZone == other.TimeZone
        && Weekly.SequenceEqual(other.Weekly)
        && Exceptions.SequenceEqual(other.Exceptions)
        && ExtraOpenings.SequenceEqual(other.ExtraOpenings)
        && BufferMinutes == other.BufferMinutes
        && MinimumNoticeHours == other.MinimumNoticeHours
        && HorizonDays == other.HorizonDays
        && StepMinutes == other.StepMinutes;

    /// <summary>A request body's rules; a rule without a zone is in the hub's.</summary>
    public static ValueTask<Valid<AvailabilityRules>> ReadAsync(HttpContext http)
    {
        var hubTimeZone = http.RequestServices.GetRequiredService<IOptions<HubOptions>>().Value.TimeZone;
        return Valid.ReadAsync<AvailabilityInput, AvailabilityRules>(http, "the availability",
            (AvailabilityInput input, out AvailabilityRules? rules) => AvailabilityValidation.Validate(input, hubTimeZone, out rules));
    }
}
