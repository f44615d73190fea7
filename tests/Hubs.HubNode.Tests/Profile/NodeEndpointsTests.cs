using System.Net;
using System.Text.Json;
using Hubs.HubNode.Tests.Support;

namespace Hubs.HubNode.Tests.Profile;

public sealed class NodeEndpointsTests
{
    [Fact]
    public async Task Health_probes_and_the_openapi_document_answer()
    {
        using var db = new TempDatabase();
        await using var factory = HubNodeFactory.ForTestHub(db.Path);
        var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/alive")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);

        using var openApi = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var paths = openApi.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/hubs/{hubId}/experts", paths);
        Assert.Contains("/api/hubs/{hubId}/experts/{id}", paths);
        Assert.Contains("/api/hubs/{hubId}/profile", paths);
    }
}
