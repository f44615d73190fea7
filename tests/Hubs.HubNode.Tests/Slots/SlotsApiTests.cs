using System.Net;
using System.Net.Http.Json;
using Hubs.HubNode.Tests.Support;
using Microsoft.AspNetCore.Mvc;
using NodaTime;

namespace Hubs.HubNode.Tests.Slots;

public sealed class SlotsApiTests
{
    // A Sunday morning in winter time; the first weeks of March hold no switch in Rome.
    private static readonly Instant March1 = Instant.FromUtc(2026, 3, 1, 8, 0);

    [Fact]
    public async Task Slots_default_to_brainstorming_over_the_next_14_days_in_the_hub_zone()
    {
        await using var node = new ClockedNode(March1);
        var expert = await node.CreateExpertAsync();
        await node.PutAvailabilityAsync(expert.Id, AvailabilityBodies.Only(AvailabilityBodies.Weekly("monday", "09:00", "10:00")));

        var slots = await node.SlotsAsync("");

        // Mondays 2 and 9 March (16 March is past the 14 days), two 45' starts each.
        Assert.Equal(
            ["2026-03-02T09:00:00+01:00", "2026-03-02T09:15:00+01:00", "2026-03-09T09:00:00+01:00", "2026-03-09T09:15:00+01:00"],
            slots.Select(s => s.StartLocal));
        var first = slots[0];
        Assert.Equal(expert.Id, first.ExpertId);
        Assert.Equal(expert.Name, first.ExpertName);
        Assert.Equal("brainstorming", first.Kind);
        Assert.Equal("2026-03-02T08:00:00Z", first.Start);
        Assert.Equal("2026-03-02T08:45:00Z", first.End);
        Assert.Equal("2026-03-02T09:45:00+01:00", first.EndLocal);
        Assert.Equal("Europe/Rome", first.TimeZone);

        var followups = await node.SlotsAsync("kind=followup");
        Assert.Equal(["2026-03-02T08:00:00Z", "2026-03-09T08:00:00Z"], followups.Select(s => s.Start));
        Assert.All(followups, s => Assert.Equal("followup", s.Kind));
    }

    [Fact]
    public async Task Slots_are_ordered_by_start_then_expert_and_filtered_by_topic_and_expert()
    {
        await using var node = new ClockedNode(March1);
        var bruno = await node.CreateExpertAsync("Bruno Neri", "grants");
        var anna = await node.CreateExpertAsync("Anna Verdi", "ecommerce", "grants");
        var nobody = await node.CreateExpertAsync("Carla Blu", "energy");
        await node.PutAvailabilityAsync(bruno.Id, AvailabilityBodies.Only(AvailabilityBodies.Weekly("monday", "09:00", "09:45")));
        await node.PutAvailabilityAsync(anna.Id, AvailabilityBodies.Only(AvailabilityBodies.Weekly("monday", "09:00", "10:00")));
        Assert.Equal(HttpStatusCode.NotFound, (await node.Client.GetAsync(ClockedNode.Path($"experts/{nobody.Id}/availability"))).StatusCode);

        var all = await node.SlotsAsync("from=2026-03-02&to=2026-03-02");
        Assert.Equal(
            [("2026-03-02T08:00:00Z", "Anna Verdi"), ("2026-03-02T08:00:00Z", "Bruno Neri"), ("2026-03-02T08:15:00Z", "Anna Verdi")],
            all.Select(s => (s.Start, s.ExpertName)));

        Assert.Equal(3, (await node.SlotsAsync("from=2026-03-02&to=2026-03-02&topic=grants")).Length);
        Assert.All(await node.SlotsAsync("from=2026-03-02&to=2026-03-02&topic=ecommerce"), s => Assert.Equal(anna.Id, s.ExpertId));
        Assert.Empty(await node.SlotsAsync("from=2026-03-02&to=2026-03-02&topic=energy"));
        Assert.All(await node.SlotsAsync($"from=2026-03-02&to=2026-03-02&expert={bruno.Id}"), s => Assert.Equal(bruno.Id, s.ExpertId));
        Assert.Empty(await node.SlotsAsync($"expert={nobody.Id}"));
        Assert.Empty(await node.SlotsAsync($"expert={bruno.Id}&topic=ecommerce"));
    }

    [Fact]
    public async Task From_and_to_accept_instants_local_times_and_dates_with_to_dates_inclusive()
    {
        await using var node = new ClockedNode(March1);
        var expert = await node.CreateExpertAsync();
        await node.PutAvailabilityAsync(expert.Id, AvailabilityBodies.Only(AvailabilityBodies.Weekly("monday", "09:00", "12:00")));

        Assert.Equal(10, (await node.SlotsAsync("from=2026-03-02&to=2026-03-02")).Length);
        Assert.Equal(3, (await node.SlotsAsync("from=2026-03-02T10:00&to=2026-03-02T10:45")).Length);
        Assert.Equal(3, (await node.SlotsAsync("from=2026-03-02T09:00:00Z&to=2026-03-02T09:45:00Z")).Length);
        Assert.Equal(3, (await node.SlotsAsync("from=2026-03-02T10:00:00%2B01:00&to=2026-03-02T10:45:00%2B01:00")).Length);

        // An unencoded '+' arrives as a space; it is read as the offset sign it was meant to be.
        Assert.Equal(3, (await node.SlotsAsync("from=2026-03-02T10:00:00+01:00&to=2026-03-02T10:45:00+01:00")).Length);

        // Only 'to': from now.
        Assert.Equal(10, (await node.SlotsAsync("to=2026-03-03")).Length);

        // Only 'from': 14 days on, so 2 Mondays.
        Assert.Equal(20, (await node.SlotsAsync("from=2026-03-09")).Length);

        // A window that began in the past starts now instead.
        Assert.Equal(10, (await node.SlotsAsync("from=2026-02-20&to=2026-03-08")).Length);
    }

    [Fact]
    public async Task The_horizon_clamps_the_window_per_expert()
    {
        await using var node = new ClockedNode(March1);
        var expert = await node.CreateExpertAsync();
        var body = AvailabilityBodies.Only(AvailabilityBodies.Weekly("monday", "09:00", "10:00"));
        body["horizonDays"] = 10;
        await node.PutAvailabilityAsync(expert.Id, body);

        var slots = await node.SlotsAsync("from=2026-03-01&to=2026-04-30");

        Assert.Equal(["2026-03-02", "2026-03-09"], slots.Select(s => s.StartLocal[..10]).Distinct());
    }

    [Fact]
    public async Task Busy_times_from_the_port_remove_slots_with_the_buffer()
    {
        await using var node = new ClockedNode(March1);
        var expert = await node.CreateExpertAsync();
        await node.PutAvailabilityAsync(expert.Id, AvailabilityBodies.Only(AvailabilityBodies.Weekly("monday", "09:00", "12:00")));
        var other = await node.CreateExpertAsync("Bruno Neri");
        await node.PutAvailabilityAsync(other.Id, AvailabilityBodies.Only(AvailabilityBodies.Weekly("monday", "09:00", "12:00")));

        // 10:00–10:45 Rome booked: with 15' buffers, 09:45–11:00 is blocked for that expert only.
        node.Busy.Add(expert.Id, Instant.FromUtc(2026, 3, 2, 9, 0), Instant.FromUtc(2026, 3, 2, 9, 45));

        var slots = await node.SlotsAsync("from=2026-03-02&to=2026-03-02");

        Assert.Equal(
            ["2026-03-02T09:00:00+01:00", "2026-03-02T11:00:00+01:00", "2026-03-02T11:15:00+01:00"],
            slots.Where(s => s.ExpertId == expert.Id).Select(s => s.StartLocal));
        Assert.Equal(10, slots.Count(s => s.ExpertId == other.Id));
    }

    [Theory]
    [InlineData("2026", "2026-03-21", "2026-03-29", "2026-03-22T04:00:00-04:00", "2026-03-29T03:00:00-04:00")]
    [InlineData("2026", "2026-10-18", "2026-11-01", "2026-10-25T04:00:00-04:00", "2026-11-01T03:00:00-05:00")]
    [InlineData("2027", "2027-03-20", "2027-03-28", "2027-03-21T04:00:00-04:00", "2027-03-28T03:00:00-04:00")]
    [InlineData("2027", "2027-10-30", "2027-11-07", "2027-10-31T04:00:00-04:00", "2027-11-07T03:00:00-05:00")]
    public async Task A_listing_in_New_York_shows_the_Rome_slots_at_their_local_new_york_times(string year, string from, string to, string firstSunday, string secondSunday)
    {
        await using var node = new ClockedNode(Instant.FromUtc(int.Parse(year, System.Globalization.CultureInfo.InvariantCulture), from.Contains("-03-", StringComparison.Ordinal) ? 3 : 10, 1, 0, 0));
        var expert = await node.CreateExpertAsync();
        await node.PutAvailabilityAsync(expert.Id, AvailabilityBodies.Only(AvailabilityBodies.Weekly("sunday", "09:00", "12:00")));

        var slots = await node.SlotsAsync($"from={from}&to={to}&tz=America/New_York");

        var firsts = slots.GroupBy(s => s.Start[..10]).Select(g => g.First()).ToList();
        Assert.Equal([firstSunday, secondSunday], firsts.Select(s => s.StartLocal).TakeLast(2));
        Assert.All(slots, s => Assert.Equal("America/New_York", s.TimeZone));
        Assert.All(firsts, s => Assert.EndsWith("Z", s.Start, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_night_of_the_spring_switch_over_http_has_no_slot_in_the_gap()
    {
        await using var node = new ClockedNode(March1);
        var expert = await node.CreateExpertAsync();
        await node.PutAvailabilityAsync(expert.Id, AvailabilityBodies.Only(AvailabilityBodies.Weekly("sunday", "01:00", "04:00")));

        var slots = await node.SlotsAsync("from=2026-03-29&to=2026-03-29");

        Assert.Equal(
            ["2026-03-29T01:00:00+01:00", "2026-03-29T01:15:00+01:00", "2026-03-29T01:30:00+01:00", "2026-03-29T01:45:00+01:00", "2026-03-29T03:00:00+02:00", "2026-03-29T03:15:00+02:00"],
            slots.Select(s => s.StartLocal));
        Assert.Equal(
            ["2026-03-29T00:00:00Z", "2026-03-29T00:15:00Z", "2026-03-29T00:30:00Z", "2026-03-29T00:45:00Z", "2026-03-29T01:00:00Z", "2026-03-29T01:15:00Z"],
            slots.Select(s => s.Start));
        Assert.Equal("2026-03-29T03:15:00+02:00", slots[2].EndLocal);
    }

    [Theory]
    [InlineData("topic=nope", "topic")]
    [InlineData("tz=Mars/Olympus", "tz")]
    [InlineData("kind=lunch", "kind")]
    [InlineData("kind=1", "kind")]
    [InlineData("kind=brainstorming&kind=followup", "kind")]
    [InlineData("expert=not-a-guid", "expert")]
    [InlineData("from=yesterday", "from")]
    [InlineData("to=2026-13-01", "to")]
    [InlineData("from=2026-03-10&to=2026-03-09", "to")]
    [InlineData("from=2026-03-10&to=2026-03-10T00:00:00%2B01:00", "to")]
    [InlineData("from=2026-03-01&to=2026-05-15", "to")]
    [InlineData("to=2026-05-15", "to")]
    [InlineData("from=1999-12-31", "from")]
    [InlineData("from=9999-12-31T23:59:59-18:00", "from")]
    [InlineData("to=0001-01-01T00:00", "to")]
    public async Task A_bad_query_is_a_400_naming_the_parameter(string query, string field)
    {
        await using var node = new ClockedNode(March1);

        var response = await node.Client.GetAsync(ClockedNode.Path($"slots?{query}"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>();
        Assert.Contains(field, problem!.Errors.Keys);
    }

    [Fact]
    public async Task An_unknown_or_retired_expert_is_a_404_problem()
    {
        await using var node = new ClockedNode(March1);
        var retired = await node.CreateExpertAsync();
        await node.PutAvailabilityAsync(retired.Id, AvailabilityBodies.Valid());
        (await node.Client.DeleteAsync(ClockedNode.Path($"experts/{retired.Id}"))).EnsureSuccessStatusCode();

        foreach (var id in new[] { Guid.CreateVersion7(), retired.Id })
        {
            var response = await node.Client.GetAsync(ClockedNode.Path($"slots?expert={id}"));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        Assert.Empty(await node.SlotsAsync("from=2026-03-02&to=2026-03-31"));
    }

    [Fact]
    public async Task The_openapi_document_describes_availability_and_slots_with_kinds_by_code()
    {
        await using var node = new ClockedNode(March1);

        var document = await node.Client.GetStringAsync("/openapi/v1.json");

        using var openApi = System.Text.Json.JsonDocument.Parse(document);
        var paths = openApi.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/hubs/{hubId}/slots", paths);
        Assert.Contains("/api/hubs/{hubId}/experts/{id}/availability", paths);
        Assert.Contains("\"brainstorming\"", document, StringComparison.Ordinal);
        Assert.Contains("\"followup\"", document, StringComparison.Ordinal);
    }
}
