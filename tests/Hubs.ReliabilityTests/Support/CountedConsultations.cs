using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Hubs.ReliabilityTests.Support;

internal static class CountedConsultations
{
    /// <summary>Consultations the directory's statistics count for these hubs from yesterday over the bookable horizon.</summary>
    public static async Task<long> ForHubsAsync(HttpClient gateway, IReadOnlyCollection<string> hubIds)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);
        var query = $"from={today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}&to={today.AddDays(90).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
        var stats = await gateway.GetFromJsonAsync<JsonObject>($"/api/directory/stats?{query}");
        return stats!["consultationsPerHubPerWeek"]!.AsArray()
            .Where(c => hubIds.Contains(c!["hubId"]!.GetValue<string>()))
            .Sum(c => c!["count"]!.GetValue<long>());
    }
}
