using System.Text.Json;
using Hubs.HubNode.Tests.Support;

namespace Hubs.HubNode.Tests.Bookings;

public sealed class BookingsOpenApiTests
{
    [Fact]
    public async Task The_booking_outcome_and_case_routes_are_in_the_openapi_document()
    {
        await using var node = new BookingNode();

        using var document = JsonDocument.Parse(await node.Client.GetStringAsync("/openapi/v1.json"));
        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();

        Assert.Superset(
            new HashSet<string>
            {
                "/api/hubs/{hubId}/bookings",
                "/api/hubs/{hubId}/bookings/{id}",
                "/api/hubs/{hubId}/bookings/{id}/invite.ics",
                "/api/hubs/{hubId}/bookings/{id}/cancel",
                "/api/hubs/{hubId}/bookings/{id}/reschedule",
                "/api/hubs/{hubId}/bookings/{id}/outcome",
                "/api/hubs/{hubId}/cases/{caseId}",
            },
            paths);
    }
}
