using System.Net.Http.Json;
using Hubs.HubNode.Experts;
using Hubs.HubNode.Tests.Support;

namespace Hubs.HubNode.Tests.Experts;

/// <summary>One node with one active and one retired expert, shared by the read-only checks of a class.</summary>
public sealed class ExpertNodeFixture : IAsyncLifetime
{
    private readonly TempDatabase _db = new();

    public HubNodeFactory Factory { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public string DatabasePath => _db.Path;

    public ExpertResponse Active { get; private set; } = null!;

    public ExpertResponse Retired { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Factory = HubNodeFactory.ForTestHub(_db.Path);
        Client = Factory.CreateClient();
        Active = (await (await Client.PostAsJsonAsync($"/api/hubs/{TestHub.Id}/experts", ExpertBodies.Valid("Active One"))).Content.ReadFromJsonAsync<ExpertResponse>())!;
        Retired = (await (await Client.PostAsJsonAsync($"/api/hubs/{TestHub.Id}/experts", ExpertBodies.Valid("Retired One"))).Content.ReadFromJsonAsync<ExpertResponse>())!;
        (await Client.DeleteAsync($"/api/hubs/{TestHub.Id}/experts/{Retired.Id}")).EnsureSuccessStatusCode();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        _db.Dispose();
    }
}
