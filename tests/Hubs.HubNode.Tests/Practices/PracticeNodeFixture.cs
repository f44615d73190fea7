using System.Net.Http.Json;
using Hubs.HubNode.Practices;
using Hubs.HubNode.Tests.Support;

namespace Hubs.HubNode.Tests.Practices;

/// <summary>One node with one published and one withdrawn practice, shared by the read-only checks of a class.</summary>
public sealed class PracticeNodeFixture : IAsyncLifetime
{
    private readonly TempDatabase _db = new();

    public HubNodeFactory Factory { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public string DatabasePath => _db.Path;

    public PracticeResponse Published { get; private set; } = null!;

    public PracticeResponse Withdrawn { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Factory = HubNodeFactory.ForTestHub(_db.Path);
        Client = Factory.CreateClient();
        Published = await CreateAsync("Published one");
        Withdrawn = await CreateAsync("Withdrawn one");
        (await Client.DeleteAsync($"/api/hubs/{TestHub.Id}/practices/{Withdrawn.Id}")).EnsureSuccessStatusCode();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        _db.Dispose();
    }

    private async Task<PracticeResponse> CreateAsync(string title)
    {
        var response = await Client.PostAsJsonAsync($"/api/hubs/{TestHub.Id}/practices", PracticeBodies.Valid(title));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<PracticeResponse>())!;
    }
}
