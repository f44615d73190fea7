using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hubs.Contracts.Taxonomy;

namespace Hubs.Benchmarks.Bookings;

/// <summary>Invented experts (demo data) open every day 08:00–20:00 with no buffer and one hour's notice: many distinct slots.</summary>
internal static class BookableExperts
{
    public const int HorizonDays = 62;

    public static async Task<IReadOnlyList<Guid>> CreateAsync(HttpClient hub, string hubId, int count, CancellationToken cancellationToken)
    {
        var week = new[] { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" }
            .Select(day => new { day, start = "08:00", end = "20:00" })
            .ToArray();
        var ids = new List<Guid>(count);
        for (var i = 0; i < count; i++)
        {
            using var created = await hub.PostAsJsonAsync($"/api/hubs/{hubId}/experts", new
            {
                name = $"Esperta Benchmark {i:D2} (demo)",
                title = "Consulente per la trasformazione digitale",
                bio = "Demo data — invented person used to measure bookings.",
                competencies = new[] { Topics.All[i % Topics.All.Count].Code },
                languages = new[] { "it", "en" },
            }, cancellationToken);
            created.EnsureSuccessStatusCode();
            var id = Guid.Parse((await created.Content.ReadFromJsonAsync<JsonObject>(cancellationToken))!["id"]!.GetValue<string>());

            using var availability = await hub.PutAsJsonAsync($"/api/hubs/{hubId}/experts/{id}/availability", new
            {
                weekly = week,
                bufferMinutes = 0,
                minimumNoticeHours = 1,
                horizonDays = HorizonDays,
                stepMinutes = 15,
            }, cancellationToken);
            availability.EnsureSuccessStatusCode();
            ids.Add(id);
        }

        return ids;
    }
}
