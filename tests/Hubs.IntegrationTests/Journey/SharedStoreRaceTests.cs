using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hubs.IntegrationTests.Infrastructure;

namespace Hubs.IntegrationTests.Journey;

/// <summary>
/// Two hub-node processes of one hub share one store (two replicas behind a load balancer): a slot is still booked
/// at most once, because the store decides, not a lock in either process.
/// </summary>
public sealed class SharedStoreRaceTests : IAsyncLifetime
{
    private readonly string _virtualHost = "hubs-race-" + Guid.NewGuid().ToString("N")[..12];
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("hubs-race-").FullName;
    private ServiceProcess _first = null!;
    private ServiceProcess _second = null!;

    public async Task InitializeAsync()
    {
        var broker = await RabbitMqNode.Shared.CreateVirtualHostAsync(_virtualHost);
        var environment = new Dictionary<string, string>
        {
            ["Hub__Id"] = "ancona",
            ["ConnectionStrings__rabbitmq"] = broker,
            ["Auth__SigningKey"] = global::Hubs.Testing.TestAuth.Key,
            ["Storage__Provider"] = "sqlite",
            ["Storage__Sqlite__Path"] = Path.Combine(_dataDirectory, "hub-ancona.db"),
        };
        _first = new ServiceProcess("hub-ancona-1", Repository.ServiceDll("services", "Hubs.HubNode"), environment);
        _second = new ServiceProcess("hub-ancona-2", Repository.ServiceDll("services", "Hubs.HubNode"), environment);
        await _first.StartAsync();
        await _second.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await Task.WhenAll(_first.StopAsync(), _second.StopAsync());
        await RabbitMqNode.Shared.DeleteVirtualHostAsync(_virtualHost);
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Fact]
    public async Task Fifty_concurrent_requests_for_one_slot_across_two_processes_give_one_201_and_49_409s()
    {
        using var first = new HttpClient(new CallerByPath { InnerHandler = new HttpClientHandler() }) { BaseAddress = _first.BaseAddress };
        using var second = new HttpClient(new CallerByPath { InnerHandler = new HttpClientHandler() }) { BaseAddress = _second.BaseAddress };
        var expertId = await CreateBookableExpertAsync(first);

        // The second process reads the same store: it offers the same slot.
        var slots = await second.GetFromJsonAsync<JsonArray>($"/api/hubs/ancona/slots?expert={expertId}&kind=brainstorming");
        var start = slots![0]!["start"]!.GetValue<string>();

        using var gate = new SemaphoreSlim(0);
        var attempts = Enumerable.Range(0, 50).Select(async i =>
        {
            await gate.WaitAsync();
            using var response = await (i % 2 == 0 ? first : second).PostAsJsonAsync("/api/hubs/ancona/bookings", new
            {
                expertId,
                start,
                kind = "brainstorming",
                intake = new
                {
                    companyName = $"Bottega {i}",
                    atecoSection = "C",
                    sizeClass = "micro",
                    provinceCode = "AN",
                    topics = new[] { "industry-4-0" },
                    need = "Automatizzare il magazzino.",
                    email = $"race-{i}-{Guid.NewGuid():N}@example.it",
                    consent = true,
                    consentVersion = "privacy-2026-01",
                },
            });
            return response.StatusCode;
        }).ToList();
        gate.Release(50);
        var statuses = await Task.WhenAll(attempts);

        Assert.Equal(1, statuses.Count(s => s == HttpStatusCode.Created));
        Assert.Equal(49, statuses.Count(s => s == HttpStatusCode.Conflict));
    }

    private static async Task<string> CreateBookableExpertAsync(HttpClient client)
    {
        using var created = await client.PostAsJsonAsync("/api/hubs/ancona/experts", new
        {
            name = "Race Test Expert (demo)",
            title = "Consulente Industria 4.0",
            bio = "Demo data — invented person.",
            competencies = new[] { "industry-4-0" },
            languages = new[] { "it" },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var expertId = (await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        using var availability = await client.PutAsJsonAsync($"/api/hubs/ancona/experts/{expertId}/availability", new
        {
            weekly = new[] { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" }
                .Select(day => new { day, start = "09:00", end = "18:00" }),
            bufferMinutes = 15,
            minimumNoticeHours = 24,
            horizonDays = 60,
        });
        Assert.Equal(HttpStatusCode.OK, availability.StatusCode);
        return expertId;
    }
}
