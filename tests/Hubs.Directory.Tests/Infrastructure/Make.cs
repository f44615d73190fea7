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

    public static HubAnnounced Announced(string hubId, long version, string? name = null, string provinceCode = "CO") => new()
    {
        HubId = hubId,
        EventId = Guid.CreateVersion7(),
        OccurredAt = Epoch.AddMinutes(version),
        Version = version,
        Name = name ?? $"Hub {hubId} v{version}",
        City = "Lomazzo",
        ProvinceCode = provinceCode,
        Latitude = 45.70,
        Longitude = 9.03,
        Specialties = [Topics.Ecommerce.Code, Topics.Industry40.Code],
        Languages = ["it", "en"],
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
}
