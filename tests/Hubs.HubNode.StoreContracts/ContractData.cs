using Hubs.Contracts.Events;
using Hubs.HubNode.Availability;
using Hubs.HubNode.Bookings;
using Hubs.HubNode.Experts;
using Hubs.HubNode.Intake;
using Hubs.HubNode.Practices;
using Hubs.HubNode.Profile;
using Hubs.HubNode.Slots;
using Hubs.HubNode.Versioning;
using Hubs.ServiceDefaults.Outbox;
using NodaTime;

namespace Hubs.HubNode.StoreContracts;

/// <summary>
/// What the contract tests store: new ids every time, and times to the whole second, which every adapter keeps exactly
/// (MongoDB keeps instants to the millisecond).
/// </summary>
public static class ContractData
{
    public const string HubId = "contract-hub";
    public const string Zone = "Europe/Rome";

    private static readonly DateTimeZone Rome = DateTimeZoneProviders.Tzdb[Zone];

    /// <summary>Monday 2 March 2026, 09:00 in Rome.</summary>
    public static readonly Instant Now = At(2026, 3, 2, 9, 0);

    public static readonly Duration Buffer = Duration.FromMinutes(15);

    public static Instant Later(int seconds) => Now + Duration.FromSeconds(seconds);

    public static DateTimeOffset Stamp(int secondsAfterNow = 0) => Later(secondsAfterNow).ToDateTimeOffset();

    /// <summary>A wall-clock time in Rome.</summary>
    public static Instant At(int year, int month, int day, int hour, int minute = 0) =>
        new LocalDateTime(year, month, day, hour, minute).InZoneStrictly(Rome).ToInstant();

    /// <summary>A time in the test week (March 2026), in Rome.</summary>
    public static Instant March(int day, int hour, int minute = 0) => At(2026, 3, day, hour, minute);

    public static OutboxMessage Event(string? destination = null)
    {
        var id = Guid.CreateVersion7();
        return new OutboxMessage(id, "urn:message:hubs:contract-test:v1", $$"""{"eventId":"{{id}}"}""", Stamp(), destination);
    }

    public static Expert Expert(string name = "Anna Verdi", long version = 1) => new()
    {
        Id = Guid.CreateVersion7(),
        Profile = new ExpertProfile
        {
            Name = name,
            Title = "Consulente export",
            Bio = "Vent'anni di commercio estero.",
            Competencies = ["ecommerce", "export"],
            Languages = ["it", "en"],
        },
        Version = version,
        UpdatedAt = Stamp(),
    };

    public static VersionedWrite<Expert> Write(Expert expert) => new(expert, Event());

    public static Practice Practice(string title = "Export digitale", int secondsAfterNow = 0) => new()
    {
        Id = Guid.CreateVersion7(),
        Title = title,
        Summary = "Come tre PMI hanno aperto un canale di vendita estero.",
        BodyMarkdown = "## Il percorso\n\nTre incontri, un piano.",
        Topics = ["ecommerce", "export"],
        ResultsAchieved = "Fatturato estero +12%.",
        Links = ["https://example.org/export"],
        Language = "it",
        GrantCallReference = "PNRR-M1C2",
        Version = 1,
        PublishedAt = Stamp(secondsAfterNow),
        UpdatedAt = Stamp(secondsAfterNow),
    };

    public static HubProfile Profile(string name = "Contract Valley Hub") => new()
    {
        Id = HubId,
        Name = name,
        City = "Varese",
        ProvinceCode = "VA",
        Latitude = 45.8206,
        Longitude = 8.8251,
        Specialties = ["ecommerce", "grants"],
        Languages = ["it", "de"],
        PublicUrl = "https://hub.example.org",
        ContactEmail = null,
    };

    /// <summary>Rules using every feature: several openings a day, a whole day off, hours off over a range, an extra opening, non-default numbers.</summary>
    public static AvailabilityRules Rules(int bufferMinutes = 10) => new()
    {
        TimeZone = Zone,
        Weekly =
        [
            new WeeklyOpening(IsoDayOfWeek.Monday, new LocalTimeRange(9 * 60, 13 * 60)),
            new WeeklyOpening(IsoDayOfWeek.Monday, new LocalTimeRange(14 * 60, 18 * 60)),
            new WeeklyOpening(IsoDayOfWeek.Friday, new LocalTimeRange(20 * 60, LocalTimeRange.MinutesPerDay)),
        ],
        Exceptions =
        [
            new TimeOff(new LocalDate(2026, 4, 6), new LocalDate(2026, 4, 6), null),
            new TimeOff(new LocalDate(2026, 4, 13), new LocalDate(2026, 4, 17), new LocalTimeRange(9 * 60, 10 * 60 + 30)),
        ],
        ExtraOpenings = [new ExtraOpening(new LocalDate(2026, 4, 11), new LocalTimeRange(10 * 60, 12 * 60))],
        BufferMinutes = bufferMinutes,
        MinimumNoticeHours = 12,
        HorizonDays = 30,
        StepMinutes = 30,
    };

    public static AvailabilitySummary Summary(int freeSlots = 7) =>
        new(March(3, 10), null, freeSlots, 0);

    public static ExpertAvailability Availability(Guid expertId, long version = 1, long summaryVersion = 1) => new()
    {
        ExpertId = expertId,
        Rules = Rules(),
        Version = version,
        UpdatedAt = Now,
        Summary = Summary(),
        SummaryVersion = summaryVersion,
    };

    /// <summary>A booked meeting of <paramref name="kind"/>'s length; a brainstorming opens a case of its own.</summary>
    public static Booking Booking(
        Guid expertId, Instant start, ConsultationKind kind = ConsultationKind.Brainstorming, string? email = null, Guid? caseId = null, string hubId = HubId)
    {
        var id = Guid.CreateVersion7();
        return new Booking
        {
            Id = id,
            HubId = hubId,
            CaseId = caseId ?? Guid.CreateVersion7(),
            ExpertId = expertId,
            Kind = kind,
            Start = start,
            End = start + kind.Length(),
            TimeZone = Zone,
            Status = BookingStatuses.Booked,
            Version = 1,
            Sequence = 0,
            ManageTokenHash = ManageToken.New().Hash,
            VideoLink = $"https://meet.example/hubs-{id:N}",
            InviteUid = $"{id}@contract-hub.hubs.local",
            Intake = new BusinessIntake
            {
                CompanyName = "Contratti Srl",
                VatNumber = "01234567897",
                AtecoSection = "C",
                SizeClass = "small",
                ProvinceCode = "VA",
                Topics = ["ecommerce", "grants"],
                Need = "Vendere online in Germania.",
                Email = email ?? $"{id:N}@example.it",
                ConsentVersion = "v1",
            },
            ConsentAt = Now,
            CreatedAt = Now,
            UpdatedAt = Now,
        };
    }

    /// <summary>A booking write with events, as the desk makes them.</summary>
    public static BookingWrite Write(Booking booking, int events = 1) => new(booking, [.. Enumerable.Range(0, events).Select(_ => Event())]);

    /// <summary>What a new booking claims: its meeting plus the buffer after it.</summary>
    public static Instant ClaimUntil(Booking booking) => booking.End + Buffer;

    public static BookingConditions Conditions(int maxOpen = 100) => new(maxOpen, Now);
}
