using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Hubs.ReliabilityTests.Support;

/// <summary>A booking as the hub's staff list shows it: what the hub has stored.</summary>
internal sealed record StoredBooking(Guid Id, Guid ExpertId, DateTimeOffset Start, DateTimeOffset End, string Status)
{
    /// <summary>All bookings the hub holds, through the gateway or from the node itself (staff list, at most the hub's page of 1000: the scenarios stay far below).</summary>
    public static async Task<IReadOnlyList<StoredBooking>> ListAsync(HttpClient gateway, string hubId)
    {
        var list = await gateway.GetFromJsonAsync<JsonArray>($"/api/hubs/{hubId}/bookings");
        Assert.True(list!.Count < 1000, "more bookings than one staff page lists");
        return [.. list.Select(b => new StoredBooking(
            Guid.Parse(b!["id"]!.GetValue<string>()),
            Guid.Parse(b["expertId"]!.GetValue<string>()),
            b["start"]!.GetValue<DateTimeOffset>(),
            b["end"]!.GetValue<DateTimeOffset>(),
            b["status"]!.GetValue<string>()))];
    }
}
