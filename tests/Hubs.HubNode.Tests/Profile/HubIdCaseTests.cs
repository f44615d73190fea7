using System.Net;
using System.Net.Http.Json;
using Hubs.HubNode.Tests.Support;

namespace Hubs.HubNode.Tests.Profile;

/// <summary>One rule with the gateway: a hub id in the route is matched whatever its letter case.</summary>
public sealed class HubIdCaseTests
{
    [Fact]
    public async Task The_hub_id_in_capitals_reaches_the_same_hub_for_reads_and_staff_writes()
    {
        await using var node = new BookingNode();

        using var read = await node.Client.GetAsync("/api/hubs/TEST-HUB/experts");
        using var write = await node.Staff.PostAsJsonAsync("/api/hubs/Test-Hub/experts", ExpertBodies.Valid("Carla Neri"));

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.Created, write.StatusCode);
    }

    [Fact]
    public async Task Another_hubs_id_is_still_the_wrong_hub()
    {
        await using var node = new BookingNode();

        using var read = await node.Client.GetAsync("/api/hubs/OTHER-HUB/experts");

        Assert.Equal(HttpStatusCode.BadRequest, read.StatusCode);
    }
}
