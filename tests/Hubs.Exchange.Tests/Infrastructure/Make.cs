using Hubs.Contracts.Events;

namespace Hubs.Exchange.Tests.Infrastructure;

/// <summary>Events with unique ids, so each test builds its own data.</summary>
public static class Make
{
    public static readonly DateTimeOffset Epoch = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    public static string HubId() => "t" + Guid.NewGuid().ToString("N")[..16];

    public static HubAnnounced Announced(string hubId, long version, string? name = null) => new()
    {
        HubId = hubId,
        EventId = Guid.CreateVersion7(),
        OccurredAt = Epoch.AddMinutes(version),
        Version = version,
        Name = name ?? $"Hub {hubId} v{version}",
        City = "Ivrea",
        ProvinceCode = "TO",
        Latitude = 45.47,
        Longitude = 7.88,
        Specialties = ["industry-4-0"],
        Languages = ["it"],
    };
}
