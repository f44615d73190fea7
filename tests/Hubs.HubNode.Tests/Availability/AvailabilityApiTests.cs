using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hubs.Contracts.Events;
using Hubs.HubNode.Availability;
using Hubs.ServiceDefaults.Outbox;
using Hubs.HubNode.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Hubs.HubNode.Tests.Availability;

public sealed class AvailabilityApiTests
{
    private static readonly Instant March1 = Instant.FromUtc(2026, 3, 1, 8, 0);
    private static readonly string SummaryType = OutboxMessageTypes.NameOf(typeof(ExpertAvailabilityChanged));

    [Fact]
    public async Task Put_then_get_round_trips_the_normalised_availability_with_its_version()
    {
        await using var node = new ClockedNode(March1);
        var expert = await node.CreateExpertAsync();
        var body = new Dictionary<string, object?>
        {
            ["weekly"] = new[]
            {
                AvailabilityBodies.Weekly("wednesday", "14:00", "17:00"),
                AvailabilityBodies.Weekly("Monday", "14:00", "24:00"),
                AvailabilityBodies.Weekly("monday", "09:00", "12:30"),
            },
            ["exceptions"] = new object[]
            {
                new { from = "2026-12-24", to = "2027-01-06" },
                new { from = "2026-03-10", start = "09:00", end = "10:00" },
            },
            ["extraOpenings"] = new[] { new { date = "2026-12-20", start = "10:00", end = "12:00" } },
            ["bufferMinutes"] = 10,
            ["minimumNoticeHours"] = 48,
            ["horizonDays"] = 90,
        };

        var put = await node.Client.PutAsJsonAsync(ClockedNode.Path($"experts/{expert.Id}/availability"), body);

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal("\"1\"", put.Headers.ETag?.Tag);
        var stored = (await put.Content.ReadFromJsonAsync<AvailabilityResponse>())!;
        Assert.Equal(expert.Id, stored.ExpertId);
        Assert.Equal("Europe/Rome", stored.TimeZone);
        Assert.Equal(
            [new WeeklyOpeningResponse("monday", "09:00", "12:30"), new WeeklyOpeningResponse("monday", "14:00", "24:00"), new WeeklyOpeningResponse("wednesday", "14:00", "17:00")],
            stored.Weekly);
        Assert.Equal(
            [new TimeOffResponse("2026-03-10", "2026-03-10", "09:00", "10:00"), new TimeOffResponse("2026-12-24", "2027-01-06", null, null)],
            stored.Exceptions);
        Assert.Equal([new ExtraOpeningResponse("2026-12-20", "10:00", "12:00")], stored.ExtraOpenings);
        Assert.Equal((10, 48, 90, 15, 1L), (stored.BufferMinutes, stored.MinimumNoticeHours, stored.HorizonDays, stored.StepMinutes, stored.Version));
        Assert.Equal(March1.ToDateTimeOffset(), stored.UpdatedAt);

        var read = await node.Client.GetAsync(ClockedNode.Path($"experts/{expert.Id}/availability"));
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal("\"1\"", read.Headers.ETag?.Tag);
        var again = (await read.Content.ReadFromJsonAsync<AvailabilityResponse>())!;
        Assert.Equal(stored.Weekly, again.Weekly);
        Assert.Equal(stored.Exceptions, again.Exceptions);
        Assert.Equal(stored.ExtraOpenings, again.ExtraOpenings);
        Assert.Equal(stored.Version, again.Version);
    }

    [Fact]
    public async Task An_empty_body_takes_the_defaults_and_the_hub_zone_while_another_zone_is_kept()
    {
        await using var node = new ClockedNode(March1);
        var expert = await node.CreateExpertAsync();

        var defaults = await node.PutAvailabilityAsync(expert.Id, new { });

        Assert.Equal(("Europe/Rome", 15, 24, 60, 15), (defaults.TimeZone, defaults.BufferMinutes, defaults.MinimumNoticeHours, defaults.HorizonDays, defaults.StepMinutes));
        Assert.Empty(defaults.Weekly);
        Assert.Empty(defaults.Exceptions);
        Assert.Empty(defaults.ExtraOpenings);

        var newYork = await node.PutAvailabilityAsync(expert.Id, new { timeZone = "America/New_York", stepMinutes = 30 });
        Assert.Equal(("America/New_York", 30, 2L), (newYork.TimeZone, newYork.StepMinutes, newYork.Version));
    }

    [Fact]
    public async Task A_change_writes_its_summary_event_to_the_outbox_and_the_relay_publishes_it()
    {
        await using var node = new ClockedNode(March1);
        var expert = await node.CreateExpertAsync();

        await node.PutAvailabilityAsync(expert.Id, AvailabilityBodies.Only(AvailabilityBodies.Weekly("monday", "09:00", "12:00")));

        // Mondays 2 and 9 March are within 14 days: 10 brainstorming and 9 follow-up starts each.
        var first = await SummaryAsync(node, expert.Id, 1);
        Assert.Equal(TestHubId, first.GetProperty("hubId").GetString());
        Assert.Equal(DateTimeOffset.Parse("2026-03-02T08:00:00Z", System.Globalization.CultureInfo.InvariantCulture), first.GetProperty("nextFreeBrainstorming").GetDateTimeOffset());
        Assert.Equal(DateTimeOffset.Parse("2026-03-02T08:00:00Z", System.Globalization.CultureInfo.InvariantCulture), first.GetProperty("nextFreeFollowup").GetDateTimeOffset());
        Assert.Equal(20, first.GetProperty("freeBrainstormingSlotsNext14Days").GetInt32());
        Assert.Equal(18, first.GetProperty("freeFollowupSlotsNext14Days").GetInt32());
        Assert.True(await node.Factory.Harness.WithinAsync<ExpertAvailabilityChanged>(m =>
            m.Context.Message.ExpertId == expert.Id && m.Context.Message.Version == 1 && m.Context.Message.HubId == TestHubId
            && m.Context.MessageId == m.Context.Message.EventId && m.Context.Message.FreeBrainstormingSlotsNext14Days == 20));

        // Add Tuesday mornings: two more days with 2 brainstorming and 1 follow-up start each.
        var changed = await node.PutAvailabilityAsync(expert.Id, AvailabilityBodies.Only(
            AvailabilityBodies.Weekly("monday", "09:00", "12:00"), AvailabilityBodies.Weekly("tuesday", "09:00", "10:00")));
        Assert.Equal(2, changed.Version);
        var second = await SummaryAsync(node, expert.Id, 2);
        Assert.Equal(24, second.GetProperty("freeBrainstormingSlotsNext14Days").GetInt32());
        Assert.Equal(20, second.GetProperty("freeFollowupSlotsNext14Days").GetInt32());
        Assert.True(await node.Factory.Harness.WithinAsync<ExpertAvailabilityChanged>(m => m.Context.Message.ExpertId == expert.Id && m.Context.Message.Version == 2));

        var sent = await StoreFile.AllSentAsync(node.DatabasePath);
        Assert.All(sent, r => Assert.NotNull(r.SentAt));
    }

    [Fact]
    public async Task The_same_availability_again_changes_nothing_and_writes_no_event()
    {
        await using var node = new ClockedNode(March1);
        var expert = await node.CreateExpertAsync();
        await node.PutAvailabilityAsync(expert.Id, AvailabilityBodies.Valid());
        var before = await StoreFile.OutboxCountAsync(node.DatabasePath);

        // Same rules, written differently: other order, other case, explicit defaults.
        var same = AvailabilityBodies.Only(
            AvailabilityBodies.Weekly("FRIDAY", "14:00", "17:00"), AvailabilityBodies.Weekly("wednesday", "09:00", "12:30"), AvailabilityBodies.Weekly("monday", "09:00", "12:30"));
        same["bufferMinutes"] = 15;
        same["timeZone"] = "Europe/Rome";
        var again = await node.PutAvailabilityAsync(expert.Id, same);

        Assert.Equal(1, again.Version);
        Assert.Equal(before, await StoreFile.OutboxCountAsync(node.DatabasePath));
    }

    [Fact]
    public async Task Refresh_republishes_the_summary_only_when_bookings_or_time_changed_it()
    {
        await using var node = new ClockedNode(March1);
        var expert = await node.CreateExpertAsync();
        await node.PutAvailabilityAsync(expert.Id, AvailabilityBodies.Only(AvailabilityBodies.Weekly("monday", "09:00", "12:00")));
        var publisher = node.Factory.Services.GetRequiredService<AvailabilitySummaryPublisher>();

        Assert.False(await publisher.RefreshAsync(expert.Id));

        // A meeting 09:00–09:45 Rome on 2 March blocks 08:45–10:00 with the buffers: 4 brainstorming and 4 follow-up starts go.
        node.Busy.Add(expert.Id, Instant.FromUtc(2026, 3, 2, 8, 0), Instant.FromUtc(2026, 3, 2, 8, 45));
        Assert.True(await publisher.RefreshAsync(expert.Id));
        var booked = await SummaryAsync(node, expert.Id, 2);
        Assert.Equal(DateTimeOffset.Parse("2026-03-02T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture), booked.GetProperty("nextFreeBrainstorming").GetDateTimeOffset());
        Assert.Equal(16, booked.GetProperty("freeBrainstormingSlotsNext14Days").GetInt32());
        Assert.Equal(14, booked.GetProperty("freeFollowupSlotsNext14Days").GetInt32());
        Assert.False(await publisher.RefreshAsync(expert.Id));

        // A week later the booked Monday is past: Mondays 9 and 16 March are the next 14 days.
        node.Clock.Advance(Duration.FromDays(7));
        Assert.Equal(1, await publisher.RefreshAllAsync());
        var later = await SummaryAsync(node, expert.Id, 3);
        Assert.Equal(DateTimeOffset.Parse("2026-03-09T08:00:00Z", System.Globalization.CultureInfo.InvariantCulture), later.GetProperty("nextFreeBrainstorming").GetDateTimeOffset());
        Assert.Equal(20, later.GetProperty("freeBrainstormingSlotsNext14Days").GetInt32());
        Assert.True(await node.Factory.Harness.WithinAsync<ExpertAvailabilityChanged>(m => m.Context.Message.ExpertId == expert.Id && m.Context.Message.Version == 3));

        // The rules' version is not the summary's: staff editing with If-Match are not disturbed by bookings.
        var availability = await node.Client.GetFromJsonAsync<AvailabilityResponse>(ClockedNode.Path($"experts/{expert.Id}/availability"));
        Assert.Equal(1, availability!.Version);
    }

    [Fact]
    public async Task A_summary_without_any_free_slot_says_so()
    {
        await using var node = new ClockedNode(March1);
        var expert = await node.CreateExpertAsync();

        await node.PutAvailabilityAsync(expert.Id, new { exceptions = new[] { new { from = "2026-03-01", to = "2026-12-31" } } });

        var summary = await SummaryAsync(node, expert.Id, 1);
        Assert.Equal(JsonValueKind.Null, summary.GetProperty("nextFreeBrainstorming").ValueKind);
        Assert.Equal(JsonValueKind.Null, summary.GetProperty("nextFreeFollowup").ValueKind);
        Assert.Equal(0, summary.GetProperty("freeBrainstormingSlotsNext14Days").GetInt32());
    }

    [Fact]
    public async Task Unknown_retired_or_unset_is_a_404_problem_and_a_retired_expert_cannot_get_availability()
    {
        await using var node = new ClockedNode(March1);
        var unset = await node.CreateExpertAsync("Unset One");
        var retired = await node.CreateExpertAsync("Retired One");
        await node.PutAvailabilityAsync(retired.Id, AvailabilityBodies.Valid());
        (await node.Client.DeleteAsync(ClockedNode.Path($"experts/{retired.Id}"))).EnsureSuccessStatusCode();
        var outbox = await StoreFile.OutboxCountAsync(node.DatabasePath);

        foreach (var id in new[] { Guid.CreateVersion7(), unset.Id, retired.Id })
        {
            var get = await node.Client.GetAsync(ClockedNode.Path($"experts/{id}/availability"));
            Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
            Assert.Equal("application/problem+json", get.Content.Headers.ContentType?.MediaType);
        }

        foreach (var id in new[] { Guid.CreateVersion7(), retired.Id })
        {
            var put = await node.Client.PutAsJsonAsync(ClockedNode.Path($"experts/{id}/availability"), AvailabilityBodies.Valid());
            Assert.Equal(HttpStatusCode.NotFound, put.StatusCode);
            Assert.Equal("application/problem+json", put.Content.Headers.ContentType?.MediaType);
        }

        Assert.Equal(outbox, await StoreFile.OutboxCountAsync(node.DatabasePath));
        Assert.False(await node.Factory.Services.GetRequiredService<AvailabilitySummaryPublisher>().RefreshAsync(retired.Id));
    }

    [Fact]
    public async Task If_match_guards_against_lost_updates()
    {
        await using var node = new ClockedNode(March1);
        var expert = await node.CreateExpertAsync();

        Assert.Equal(HttpStatusCode.PreconditionFailed, (await PutWithIfMatchAsync(node, expert.Id, "\"1\"", AvailabilityBodies.Valid())).StatusCode);
        await node.PutAvailabilityAsync(expert.Id, AvailabilityBodies.Valid());

        var matched = await PutWithIfMatchAsync(node, expert.Id, "\"1\"", AvailabilityBodies.Only(AvailabilityBodies.Weekly("friday", "09:00", "10:00")));
        Assert.Equal(HttpStatusCode.OK, matched.StatusCode);
        Assert.Equal("\"2\"", matched.Headers.ETag?.Tag);

        var stale = await PutWithIfMatchAsync(node, expert.Id, "\"1\"", AvailabilityBodies.Valid());
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType?.MediaType);

        var malformed = await PutWithIfMatchAsync(node, expert.Id, "version two", AvailabilityBodies.Valid());
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
    }

    [Fact]
    public async Task Concurrent_changes_all_end_as_200_or_409_and_every_stored_version_has_exactly_one_event()
    {
        await using var node = new ClockedNode(March1);
        var expert = await node.CreateExpertAsync();
        string[] days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

        var responses = await Task.WhenAll(Enumerable.Range(0, 14).Select(i => node.Client.PutAsJsonAsync(
            ClockedNode.Path($"experts/{expert.Id}/availability"),
            AvailabilityBodies.Only(AvailabilityBodies.Weekly(days[i % 7], i < 7 ? "09:00" : "14:00", "18:00")))));

        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.Conflict }));
        var final = await node.Client.GetFromJsonAsync<AvailabilityResponse>(ClockedNode.Path($"experts/{expert.Id}/availability"));
        var versions = (await StoreFile.OutboxForExpertAsync(node.DatabasePath, expert.Id))
            .Where(r => r.MessageType == SummaryType)
            .Select(r => JsonDocument.Parse(r.Payload).RootElement.GetProperty("version").GetInt64())
            .ToList();
        Assert.Equal(Enumerable.Range(1, (int)final!.Version).Select(v => (long)v), versions);
        Assert.Equal(responses.Count(r => r.StatusCode == HttpStatusCode.OK), versions.Count);
    }

    [Fact]
    public async Task Not_json_is_a_415_problem()
    {
        await using var node = new ClockedNode(March1);
        var expert = await node.CreateExpertAsync();

        using var content = new StringContent("weekly: monday", System.Text.Encoding.UTF8, "text/plain");
        var response = await node.Client.PutAsync(ClockedNode.Path($"experts/{expert.Id}/availability"), content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private const string TestHubId = TestHub.Id;

    private static async Task<HttpResponseMessage> PutWithIfMatchAsync(ClockedNode node, Guid expertId, string ifMatch, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, ClockedNode.Path($"experts/{expertId}/availability")) { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return await node.Client.SendAsync(request);
    }

    /// <summary>The payload of the expert's summary event with that version, as written to the outbox.</summary>
    private static async Task<JsonElement> SummaryAsync(ClockedNode node, Guid expertId, long version)
    {
        var rows = (await StoreFile.OutboxForExpertAsync(node.DatabasePath, expertId)).Where(r => r.MessageType == SummaryType).ToList();
        var payloads = rows.Select(r => JsonDocument.Parse(r.Payload).RootElement).ToList();
        Assert.Contains(payloads, p => p.GetProperty("version").GetInt64() == version);
        Assert.DoesNotContain(payloads, p => p.GetProperty("version").GetInt64() > version);
        return payloads.Single(p => p.GetProperty("version").GetInt64() == version);
    }
}
