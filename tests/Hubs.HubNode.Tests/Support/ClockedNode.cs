using System.Net;
using System.Net.Http.Json;
using Hubs.HubNode.Availability;
using Hubs.HubNode.Experts;
using Hubs.HubNode.Slots;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Hubs.HubNode.Tests.Support;

/// <summary>A test-hub node whose NodaTime clock and busy intervals the test controls, with its own database.</summary>
public sealed class ClockedNode : IAsyncDisposable
{
    private readonly TempDatabase _db = new();

    public ClockedNode(Instant now)
    {
        Clock = new FakeClock(now);
        Factory = HubNodeFactory.ForTestHub(_db.Path, services: services =>
        {
            services.AddSingleton<TimeProvider>(new FakeClockTime(Clock));
            services.AddSingleton<IExpertBusyTimes>(Busy);
        });
        Client = Factory.CreateClient();
    }

    public FakeClock Clock { get; }

    public FakeBusyTimes Busy { get; } = new();

    public HubNodeFactory Factory { get; }

    public HttpClient Client { get; }

    public string DatabasePath => _db.Path;

    public static string Path(string rest) => $"/api/hubs/{TestHub.Id}/{rest}";

    public async Task<ExpertResponse> CreateExpertAsync(string name = "Anna Verdi", params string[] competencies)
    {
        var body = ExpertBodies.Valid(name);
        if (competencies.Length > 0)
        {
            body["competencies"] = competencies;
        }

        var response = await Client.PostAsJsonAsync(Path("experts"), body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ExpertResponse>())!;
    }

    public async Task<AvailabilityResponse> PutAvailabilityAsync(Guid expertId, object body)
    {
        var response = await Client.PutAsJsonAsync(Path($"experts/{expertId}/availability"), body);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"PUT availability: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<AvailabilityResponse>())!;
    }

    public async Task<SlotView[]> SlotsAsync(string query)
    {
        var response = await Client.GetAsync(Path($"slots?{query}"));
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET slots?{query}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<SlotView[]>())!;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        _db.Dispose();
    }
}
