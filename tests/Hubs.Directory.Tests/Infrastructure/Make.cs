using Hubs.Contracts.Events;
using Hubs.Contracts.Taxonomy;

namespace Hubs.Directory.Tests.Infrastructure;

/// <summary>Events with unique ids, so each test builds its own data.</summary>
public static class Make
{
    /// <summary>A fixed origin so that an event's time follows from its version and reruns compare equal.</summary>
    public static readonly DateTimeOffset Epoch = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    /// <summary>A well-formed hub id no other test uses.</summary>
    public static string HubId() => "t" + Guid.NewGuid().ToString("N")[..16];

    public static HubAnnounced Announced(
        string hubId, long version, string? name = null, string provinceCode = "CO", string city = "Lomazzo",
        double latitude = 45.70, double longitude = 9.03, string[]? languages = null) => new()
    {
        HubId = hubId,
        EventId = Guid.CreateVersion7(),
        OccurredAt = Epoch.AddMinutes(version),
        Version = version,
        Name = name ?? $"Hub {hubId} v{version}",
        City = city,
        ProvinceCode = provinceCode,
        Latitude = latitude,
        Longitude = longitude,
        Specialties = [Topics.Ecommerce.Code, Topics.Industry40.Code],
        Languages = languages ?? ["it", "en"],
        PublicUrl = "https://hub.example.org/",
        ContactEmail = "info@hub.example.org",
    };

    public static HubHeartbeat Heartbeat(string hubId, long version, DateTimeOffset at, TimeSpan? interval = null) => new()
    {
        HubId = hubId,
        EventId = Guid.CreateVersion7(),
        OccurredAt = at,
        Version = version,
        Interval = interval ?? TimeSpan.FromSeconds(15),
    };

    public static ExpertPublished Published(
        string hubId, Guid expertId, long version, string? name = null, string title = "Consulente",
        string bio = "Aiuta le piccole imprese.", string[]? competencies = null, string[]? languages = null) => new()
    {
        HubId = hubId,
        EventId = Guid.CreateVersion7(),
        OccurredAt = Epoch.AddMinutes(version),
        Version = version,
        ExpertId = expertId,
        Name = name ?? $"Expert v{version}",
        Title = title,
        Bio = bio,
        Competencies = competencies ?? [Topics.Cybersecurity.Code],
        Languages = languages ?? ["it"],
    };

    public static ExpertRetired Retired(string hubId, Guid expertId, long version) => new()
    {
        HubId = hubId,
        EventId = Guid.CreateVersion7(),
        OccurredAt = Epoch.AddMinutes(version),
        Version = version,
        ExpertId = expertId,
    };

    public static ExpertAvailabilityChanged Availability(
        string hubId, Guid expertId, long version, DateTimeOffset? nextBrainstorming, DateTimeOffset? nextFollowup = null,
        int freeBrainstorming = 10, int freeFollowup = 5) => new()
    {
        HubId = hubId,
        EventId = Guid.CreateVersion7(),
        OccurredAt = Epoch.AddMinutes(version),
        Version = version,
        ExpertId = expertId,
        NextFreeBrainstorming = nextBrainstorming,
        NextFreeFollowup = nextFollowup,
        FreeBrainstormingSlotsNext14Days = freeBrainstorming,
        FreeFollowupSlotsNext14Days = freeFollowup,
    };

    /// <summary>A new booking (version 1) of a consultation with no personal data, as the hub node publishes it.</summary>
    public static ConsultationBooked Booked(
        string hubId, Guid bookingId, DateTimeOffset start, string kind = "brainstorming", string[]? topics = null,
        string provinceCode = "CO", long version = 1) => new()
    {
        HubId = hubId,
        EventId = Guid.CreateVersion7(),
        OccurredAt = start.AddDays(-3),
        Version = version,
        BookingId = bookingId,
        CaseId = Guid.NewGuid(),
        ExpertId = Guid.NewGuid(),
        Kind = kind,
        Start = start,
        End = start.AddMinutes(kind == "brainstorming" ? 45 : 60),
        Topics = topics ?? [Topics.Cybersecurity.Code],
        AtecoSection = "C",
        SizeClass = "micro",
        ProvinceCode = provinceCode,
    };

    public static ConsultationCancelled Cancelled(ConsultationBooked b, long version) => new()
    {
        HubId = b.HubId,
        EventId = Guid.CreateVersion7(),
        OccurredAt = b.OccurredAt.AddHours(version),
        Version = version,
        BookingId = b.BookingId,
        CaseId = b.CaseId,
        ExpertId = b.ExpertId,
        Kind = b.Kind,
        Start = b.Start,
        End = b.End,
        Topics = b.Topics,
        AtecoSection = b.AtecoSection,
        SizeClass = b.SizeClass,
        ProvinceCode = b.ProvinceCode,
    };

    public static ConsultationHeld Held(ConsultationBooked b, long version, string attendance = "held") => new()
    {
        HubId = b.HubId,
        EventId = Guid.CreateVersion7(),
        OccurredAt = b.End,
        Version = version,
        BookingId = b.BookingId,
        CaseId = b.CaseId,
        ExpertId = b.ExpertId,
        Kind = b.Kind,
        Start = b.Start,
        End = b.End,
        Topics = b.Topics,
        AtecoSection = b.AtecoSection,
        SizeClass = b.SizeClass,
        ProvinceCode = b.ProvinceCode,
        Attendance = attendance,
    };

    public static OutcomeRecorded Outcome(ConsultationBooked b, long version, string category, string attendance = "held") => new()
    {
        HubId = b.HubId,
        EventId = Guid.CreateVersion7(),
        OccurredAt = b.End.AddMinutes(5),
        Version = version,
        BookingId = b.BookingId,
        CaseId = b.CaseId,
        ExpertId = b.ExpertId,
        Kind = b.Kind,
        Start = b.Start,
        End = b.End,
        Topics = b.Topics,
        AtecoSection = b.AtecoSection,
        SizeClass = b.SizeClass,
        ProvinceCode = b.ProvinceCode,
        Attendance = attendance,
        OutcomeCategory = category,
    };
}
