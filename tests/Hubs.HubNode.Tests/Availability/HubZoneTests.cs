using System.Net.Http.Json;
using Hubs.HubNode.Availability;
using Hubs.HubNode.Experts;
using Hubs.HubNode.Profile;
using Hubs.HubNode.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Hubs.HubNode.Tests.Availability;

public sealed class HubZoneTests
{
    [Theory]
    [InlineData("Mars/Olympus")]
    [InlineData("")]
    [InlineData("+01:00")]
    public async Task A_hub_time_zone_that_is_not_a_tzdb_id_stops_the_start(string zone)
    {
        using var db = new TempDatabase();
        await using var factory = HubNodeFactory.ForTestHub(db.Path, new Dictionary<string, string?> { ["Hub:TimeZone"] = zone });

        // The start's own exception is not asserted on: WebApplicationFactory sometimes reports a failed start as an
        // ObjectDisposedException (dotnet/aspnetcore#33494). The validator says why, deterministically.
        Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        var result = new HubOptionsValidation().Validate(null, new HubOptions { Id = "como", TimeZone = zone });
        Assert.Contains(result.Failures!, f => f.StartsWith("Hub:TimeZone", StringComparison.Ordinal));
        Assert.DoesNotContain(
            new HubOptionsValidation().Validate(null, new HubOptions { Id = "como", TimeZone = "Europe/Rome" }).Failures ?? [],
            f => f.Contains("TimeZone", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Another_hub_zone_is_the_default_for_availability_and_for_showing_slots()
    {
        using var db = new TempDatabase();
        var clock = new FakeClock(Instant.FromUtc(2026, 3, 1, 12, 0));
        await using var factory = HubNodeFactory.ForTestHub(
            db.Path,
            new Dictionary<string, string?> { ["Hub:TimeZone"] = "America/New_York" },
            services => services.AddSingleton<TimeProvider>(new FakeClockTime(clock)));
        var client = factory.CreateClient();
        var expert = (await (await client.PostAsJsonAsync($"/api/hubs/{TestHub.Id}/experts", ExpertBodies.Valid())).Content.ReadFromJsonAsync<ExpertResponse>())!;

        var put = await client.PutAsJsonAsync($"/api/hubs/{TestHub.Id}/experts/{expert.Id}/availability", AvailabilityBodies.Only(AvailabilityBodies.Weekly("sunday", "09:00", "10:00")));
        var stored = (await put.Content.ReadFromJsonAsync<AvailabilityResponse>())!;
        var slots = (await client.GetFromJsonAsync<SlotView[]>($"/api/hubs/{TestHub.Id}/slots?from=2026-03-08&to=2026-03-08"))!;

        Assert.Equal("America/New_York", stored.TimeZone);

        // 8 March 2026 is New York's spring-forward day: 09:00 is already EDT.
        Assert.Equal(["2026-03-08T09:00:00-04:00", "2026-03-08T09:15:00-04:00"], slots.Select(s => s.StartLocal));
        Assert.Equal("2026-03-08T13:00:00Z", slots[0].Start);
        Assert.All(slots, s => Assert.Equal("America/New_York", s.TimeZone));
    }

    [Fact]
    public async Task Demo_experts_get_office_hours_so_a_demo_hub_lists_slots()
    {
        using var db = new TempDatabase();
        await using var factory = new HubNodeFactory(db.Path, "bologna", new Dictionary<string, string?> { ["Hub:SeedDemoData"] = "true" });
        var client = factory.CreateClient();

        var experts = (await client.GetFromJsonAsync<ExpertResponse[]>("/api/hubs/bologna/experts"))!;
        foreach (var expert in experts)
        {
            var availability = await client.GetFromJsonAsync<AvailabilityResponse>($"/api/hubs/bologna/experts/{expert.Id}/availability");
            Assert.Equal("Europe/Rome", availability!.TimeZone);
            Assert.NotEmpty(availability.Weekly);
        }

        var slots = (await client.GetFromJsonAsync<SlotView[]>("/api/hubs/bologna/slots"))!;
        Assert.NotEmpty(slots);
        Assert.Equal(experts.Select(e => e.Id).Order(), slots.Select(s => s.ExpertId).Distinct().Order());
    }
}
