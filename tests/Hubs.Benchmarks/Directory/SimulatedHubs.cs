using Hubs.Contracts.Events;
using Hubs.Contracts.Geography;
using Hubs.Contracts.Taxonomy;

namespace Hubs.Benchmarks.Directory;

/// <summary>Invented hubs beyond the 12 founding ones (sim-0001, …), spread over the provinces: to grow the registry.</summary>
internal static class SimulatedHubs
{
    public static IReadOnlyList<HubAnnounced> Announce(int count, DateTimeOffset now)
    {
        var provinces = Provinces.All.OrderBy(p => p.Code, StringComparer.Ordinal).ToArray();
        return [.. Enumerable.Range(1, count).Select(i =>
        {
            var province = provinces[i % provinces.Length];
            return new HubAnnounced
            {
                HubId = $"sim-{i:D4}",
                EventId = Guid.CreateVersion7(now),
                OccurredAt = now,
                Version = 1,
                Name = $"Simulated Hub {i:D4} (demo)",
                City = province.Code,
                ProvinceCode = province.Code,
                Latitude = province.Latitude,
                Longitude = province.Longitude,
                Specialties = [Topics.All[i % Topics.All.Count].Code],
                Languages = ["it"],
                PublicUrl = $"https://sim-{i:D4}.hubs.example",
                ContactEmail = $"info@sim-{i:D4}.hubs.example",
            };
        })];
    }

    public static IReadOnlyList<HubHeartbeat> Heartbeats(IEnumerable<HubAnnounced> hubs, long version, DateTimeOffset now) =>
        [.. hubs.Select(h => new HubHeartbeat
        {
            HubId = h.HubId,
            EventId = Guid.CreateVersion7(now),
            OccurredAt = now,
            Version = version,
            Interval = TimeSpan.FromHours(1),
        })];
}
