using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hubs.Contracts.Events;
using Hubs.HubNode.Tests.Support;

namespace Hubs.HubNode.Tests.Outcomes;

public sealed class OutcomeTests
{
    [Fact]
    public async Task Recording_an_outcome_marks_the_meeting_and_tells_the_network_without_the_notes()
    {
        await using var node = new BookingNode();
        var booking = await node.BookOkAsync(BookingBodies.Valid(await node.ExpertAsync(), BookingNode.March(4, 10)));

        var response = await node.RecordOutcomeAsync(booking.Id, booking.Start, "held", "grant-support", "Zqx-Notes-Marker: applying to the regional call");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var view = (await response.Content.ReadFromJsonAsync<BookingView>())!;
        Assert.Equal(("held", 3L), (view.Status, view.Version));
        Assert.Equal(("held", "grant-support"), (view.Outcome!.Attendance, view.Outcome.Category));
        Assert.StartsWith("Zqx-Notes-Marker", view.Outcome.Notes, StringComparison.Ordinal);

        var held = Assert.Single(await node.OutboxOfAsync<ConsultationHeld>());
        var outcome = Assert.Single(await node.OutboxOfAsync<OutcomeRecorded>());
        using var heldJson = JsonDocument.Parse(held.Payload);
        using var outcomeJson = JsonDocument.Parse(outcome.Payload);
        Assert.Equal((2L, "held"), (heldJson.RootElement.GetProperty("version").GetInt64(), heldJson.RootElement.GetProperty("attendance").GetString()));
        Assert.Equal((3L, "grant-support"), (outcomeJson.RootElement.GetProperty("version").GetInt64(), outcomeJson.RootElement.GetProperty("outcomeCategory").GetString()));
        Assert.True(held.Seq < outcome.Seq);

        // The business sees the outcome but not the staff's notes.
        var own = await node.GetAsync(booking.Id, booking.ManageToken);
        Assert.Equal("grant-support", own.Outcome!.Category);
        Assert.Null(own.Outcome.Notes);
    }

    [Fact]
    public async Task A_no_show_is_recorded_as_such()
    {
        await using var node = new BookingNode();
        var booking = await node.BookOkAsync(BookingBodies.Valid(await node.ExpertAsync(), BookingNode.March(4, 10)));

        var response = await node.RecordOutcomeAsync(booking.Id, booking.Start, "no-show", "closed");

        Assert.Equal("no-show", (await response.Content.ReadFromJsonAsync<BookingView>())!.Status);
    }

    [Fact]
    public async Task An_outcome_is_refused_before_the_meeting_twice_or_for_a_cancelled_booking()
    {
        await using var node = new BookingNode();
        var expert = await node.ExpertAsync();
        var booking = await node.BookOkAsync(BookingBodies.Valid(expert, BookingNode.March(4, 10)));
        var cancelled = await node.BookOkAsync(BookingBodies.Valid(expert, BookingNode.March(4, 14)));
        await node.SendAsync(HttpMethod.Post, BookingNode.Path($"bookings/{cancelled.Id}/cancel"), cancelled.ManageToken);
        var body = new { attendance = "held", category = "closed" };

        var early = await node.Staff.PostAsJsonAsync(BookingNode.Path($"bookings/{booking.Id}/outcome"), body);
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await node.RecordOutcomeAsync(booking.Id, booking.Start)).StatusCode);
        var twice = await node.Staff.PostAsJsonAsync(BookingNode.Path($"bookings/{booking.Id}/outcome"), body);
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);

        node.Clock.Reset(NodaTime.Instant.FromDateTimeOffset(cancelled.Start).PlusTicks(1));
        var onCancelled = await node.Staff.PostAsJsonAsync(BookingNode.Path($"bookings/{cancelled.Id}/outcome"), body);
        Assert.Equal(HttpStatusCode.Conflict, onCancelled.StatusCode);

        var unknown = await node.Staff.PostAsJsonAsync(BookingNode.Path($"bookings/{Guid.CreateVersion7()}/outcome"), body);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);

        Assert.Single(await node.OutboxOfAsync<OutcomeRecorded>());
    }

    public static TheoryData<object, string> BadOutcomes() => new()
    {
        { new { category = "closed" }, "attendance" },
        { new { attendance = "maybe", category = "closed" }, "attendance" },
        { new { attendance = "held" }, "category" },
        { new { attendance = "held", category = "won" }, "category" },
        { new { attendance = "held", category = "closed", notes = new string('n', 4001) }, "notes" },
        { new { attendance = "held", category = "closed", grantCallReference = new string('g', 201) }, "grantCallReference" },
        { new { attendance = 1, category = "closed" }, "attendance" },
    };

    [Theory]
    [MemberData(nameof(BadOutcomes))]
    public async Task A_bad_outcome_is_400_naming_the_field_and_changes_nothing(object body, string field)
    {
        await using var node = new BookingNode();
        var booking = await node.BookOkAsync(BookingBodies.Valid(await node.ExpertAsync(), BookingNode.March(4, 10)));
        node.Clock.Reset(NodaTime.Instant.FromDateTimeOffset(booking.End));
        var outbox = await StoreFile.OutboxCountAsync(node.DatabasePath);

        var response = await node.Staff.PostAsJsonAsync(BookingNode.Path($"bookings/{booking.Id}/outcome"), body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _), problem.RootElement.ToString());
        Assert.Equal(1, (await node.GetAsync(booking.Id, booking.ManageToken)).Version);
        Assert.Equal(outbox, await StoreFile.OutboxCountAsync(node.DatabasePath));
    }
}
