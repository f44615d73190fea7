using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hubs.IntegrationTests.Infrastructure;

namespace Hubs.IntegrationTests.Journey;

/// <summary>
/// A hub keeps taking bookings while RabbitMQ is down, and once the broker is back every one of their events arrives.
/// Runs on a broker node of its own: stopping the shared one would break every other test.
/// </summary>
public sealed class BrokerOutageTests : IAsyncLifetime
{
    private RabbitMqNode _broker = null!;
    private TestFederation _federation = null!;

    public async Task InitializeAsync()
    {
        _broker = await RabbitMqNode.StartOwnAsync(TestPorts.IntegrationBrokerOutage);
        _federation = await TestFederation.StartAsync(_broker, "pisa");
    }

    // Also when InitializeAsync failed part way: stop what did start (not a NullReferenceException hiding the cause).
    public async Task DisposeAsync()
    {
        if (_federation is not null)
        {
            await _federation.DisposeAsync();
        }

        if (_broker is not null)
        {
            await _broker.DisposeOwnAsync();
        }
    }

    [Fact]
    public async Task Bookings_taken_while_the_broker_is_stopped_all_reach_the_broker_once_it_is_back()
    {
        const int bookings = 8;
        var client = _federation.GatewayClient;
        var expertId = await CreateBookableExpertAsync(client);
        var slots = await FreeSlotsAsync(client, expertId);
        Assert.True(slots.Count >= bookings * 4, $"only {slots.Count} free slots");

        // Slots a couple of hours apart, so the buffer between meetings never makes one booking refuse the next.
        var chosen = slots.Where((_, i) => i % 8 == 0).Take(bookings).ToList();
        Assert.Equal(bookings, chosen.Count);
        await _broker.BindWitnessQueueAsync(_federation.VirtualHost, "hubs.consultation-booked", "outage-witness");

        await _broker.StopAsync();
        var booked = new List<string>();
        foreach (var start in chosen)
        {
            using var response = await client.PostAsJsonAsync("/api/hubs/pisa/bookings", Booking(expertId, start));
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            booked.Add((await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>());
        }

        Assert.True(await _broker.QueueDepthAsync(_federation.VirtualHost, "outage-witness") <= 0, "the broker was supposed to be down");

        await _broker.StartAsync();
        await Eventually.Until(
            () => _broker.QueueDepthAsync(_federation.VirtualHost, "outage-witness"),
            depth => depth >= bookings,
            TimeSpan.FromSeconds(90),
            "every booking event to reach the broker after the outage");

        // At least once: a publish whose confirm was lost in the reconnect is sent again (consumers apply it once).
        var arrived = (await _broker.TakeMessagesAsync(_federation.VirtualHost, "outage-witness"))
            .Select(m => JsonNode.Parse(m)!["message"]!["bookingId"]!.GetValue<string>())
            .ToHashSet(StringComparer.Ordinal);
        Assert.Equal(booked.Order(StringComparer.Ordinal), arrived.Order(StringComparer.Ordinal));
    }

    private static async Task<string> CreateBookableExpertAsync(HttpClient client)
    {
        using var created = await client.PostAsJsonAsync("/api/hubs/pisa/experts", new
        {
            name = "Outage Test Expert (demo)",
            title = "Consulente e-commerce",
            bio = "Demo data — invented person.",
            competencies = new[] { "ecommerce" },
            languages = new[] { "it" },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var expertId = (await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();

        var week = new[] { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" }
            .Select(day => new { day, start = "08:00", end = "20:00" })
            .ToArray();
        using var availability = await client.PutAsJsonAsync($"/api/hubs/pisa/experts/{expertId}/availability", new
        {
            weekly = week,
            exceptions = Array.Empty<object>(),
            extraOpenings = Array.Empty<object>(),
            bufferMinutes = 15,
            minimumNoticeHours = 24,
            horizonDays = 60,
        });
        Assert.Equal(HttpStatusCode.OK, availability.StatusCode);
        return expertId;
    }

    private static async Task<List<string>> FreeSlotsAsync(HttpClient client, string expertId)
    {
        var slots = await client.GetFromJsonAsync<JsonArray>($"/api/hubs/pisa/slots?expert={expertId}&kind=brainstorming");
        return slots!.Select(s => s!["start"]!.GetValue<string>()).ToList();
    }

    private static object Booking(string expertId, string start) => new
    {
        expertId,
        start,
        kind = "brainstorming",
        intake = new
        {
            companyName = "Pasticceria Outage S.n.c.",
            atecoSection = "I",
            sizeClass = "micro",
            provinceCode = "PI",
            topics = new[] { "ecommerce" },
            need = "Vendere online durante l'interruzione.",
            email = $"outage-{Guid.NewGuid():N}@example.it",
            consent = true,
            consentVersion = "privacy-2026-01",
        },
    };
}
