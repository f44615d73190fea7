using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Hubs.Contracts.Events;
using Hubs.HubNode.Tests.Support;
using NodaTime;

namespace Hubs.HubNode.Tests.Bookings;

/// <summary>What a business does with its manage token: read, download the invite, cancel, move.</summary>
public sealed partial class ManageBookingTests
{
    [Fact]
    public async Task The_token_opens_the_booking_from_the_header_or_the_query()
    {
        await using var node = new BookingNode();
        var booking = await node.BookOkAsync(BookingBodies.Valid(await node.ExpertAsync(), BookingNode.March(4, 10)));

        Assert.Equal(HttpStatusCode.OK, (await node.SendAsync(HttpMethod.Get, BookingNode.Path($"bookings/{booking.Id}"), booking.ManageToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await node.Client.GetAsync(BookingNode.Path($"bookings/{booking.Id}?token={booking.ManageToken}"))).StatusCode);
    }

    [Fact]
    public async Task A_missing_token_is_401_a_wrong_one_403_and_an_unknown_booking_404()
    {
        await using var node = new BookingNode();
        var expert = await node.ExpertAsync();
        var booking = await node.BookOkAsync(BookingBodies.Valid(expert, BookingNode.March(4, 10)));
        var other = await node.BookOkAsync(BookingBodies.Valid(expert, BookingNode.March(4, 14)));
        var tampered = booking.ManageToken[..^1] + (booking.ManageToken[^1] == 'A' ? 'B' : 'A');

        foreach (var (method, path, body) in new (HttpMethod, string, object?)[]
        {
            (HttpMethod.Get, $"bookings/{booking.Id}", null),
            (HttpMethod.Get, $"bookings/{booking.Id}/invite.ics", null),
            (HttpMethod.Post, $"bookings/{booking.Id}/cancel", null),
            (HttpMethod.Post, $"bookings/{booking.Id}/reschedule", new { start = BookingBodies.Start(BookingNode.March(5, 10)) }),
        })
        {
            var missing = await node.SendAsync(method, BookingNode.Path(path), null, body);
            Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
            Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
            Assert.NotEmpty(missing.Headers.WwwAuthenticate);

            foreach (var wrong in new[] { tampered, other.ManageToken, "x", new string('a', 5000) })
            {
                var denied = await node.SendAsync(method, BookingNode.Path(path), wrong, body);
                Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
                Assert.Equal("application/problem+json", denied.Content.Headers.ContentType?.MediaType);
            }

            var unknown = await node.SendAsync(method, BookingNode.Path(path.Replace(booking.Id.ToString(), Guid.CreateVersion7().ToString(), StringComparison.Ordinal)), booking.ManageToken, body);
            Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        }

        // None of that changed anything.
        var stored = await node.GetAsync(booking.Id, booking.ManageToken);
        Assert.Equal(("booked", 1L, booking.Start), (stored.Status, stored.Version, stored.Start));
        Assert.Equal(2, (await node.OutboxOfAsync<ConsultationBooked>()).Count);
        Assert.Empty(await node.OutboxOfAsync<ConsultationCancelled>());
        Assert.Empty(await node.OutboxOfAsync<ConsultationRescheduled>());
    }

    [Fact]
    public async Task Staff_manage_a_booking_without_its_token()
    {
        await using var node = new BookingNode();
        var booking = await node.BookOkAsync(BookingBodies.Valid(await node.ExpertAsync(), BookingNode.March(4, 10)));

        Assert.Equal(HttpStatusCode.OK, (await node.Staff.GetAsync(BookingNode.Path($"bookings/{booking.Id}"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await node.Staff.GetAsync(BookingNode.Path($"bookings/{booking.Id}/invite.ics"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await node.Staff.PostAsync(BookingNode.Path($"bookings/{booking.Id}/cancel"), null)).StatusCode);
    }

    [Fact]
    public async Task The_invite_is_right_in_the_hubs_zone_and_in_UTC()
    {
        await using var node = new BookingNode();
        var booking = await node.BookOkAsync(BookingBodies.Valid(await node.ExpertAsync(), BookingNode.March(4, 10)));

        var local = await node.InviteAsync(booking.Id, booking.ManageToken);
        Assert.Contains("BEGIN:VTIMEZONE", local, StringComparison.Ordinal);
        Assert.Contains("TZID:Europe/Rome", local, StringComparison.Ordinal);
        Assert.Contains("DTSTART;TZID=Europe/Rome:20260304T100000", local, StringComparison.Ordinal);
        Assert.Contains("DTEND;TZID=Europe/Rome:20260304T104500", local, StringComparison.Ordinal);

        var utc = await node.InviteAsync(booking.Id, booking.ManageToken, "UTC");
        Assert.DoesNotContain("VTIMEZONE", utc, StringComparison.Ordinal);
        Assert.Contains("DTSTART:20260304T090000Z", utc, StringComparison.Ordinal);
        Assert.Contains("DTEND:20260304T094500Z", utc, StringComparison.Ordinal);

        var london = await node.InviteAsync(booking.Id, booking.ManageToken, "Europe/London");
        Assert.Contains("DTSTART;TZID=Europe/London:20260304T090000", london, StringComparison.Ordinal);

        Assert.Equal(Uid(local), Uid(utc));
        var bad = await node.SendAsync(HttpMethod.Get, BookingNode.Path($"bookings/{booking.Id}/invite.ics?tz=Mars/Olympus"), booking.ManageToken);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Theory]
    [InlineData(3, 29, "20260329T100000", "20260329T080000Z")] // spring forward in Rome: 10:00 is UTC+2 that day
    [InlineData(10, 25, "20261025T100000", "20261025T090000Z")] // fall back: 10:00 is UTC+1 again
    public async Task The_invite_is_right_on_daylight_saving_days(int month, int day, string local, string utc)
    {
        // Experts taking meetings on Sundays, so the change-over days themselves can be booked.
        var now = BookingNode.Rome(2026, month, day - 5, 9);
        await using var node = new BookingNode(now);
        var expert = await node.ExpertAsync(availability: new { weekly = new[] { new { day = "sunday", start = "09:00", end = "12:00" } } });
        var booking = await node.BookOkAsync(BookingBodies.Valid(expert, BookingNode.Rome(2026, month, day, 10)));

        Assert.Contains($"DTSTART;TZID=Europe/Rome:{local}", await node.InviteAsync(booking.Id, booking.ManageToken), StringComparison.Ordinal);
        Assert.Contains($"DTSTART:{utc}", await node.InviteAsync(booking.Id, booking.ManageToken, "UTC"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rescheduling_moves_the_meeting_frees_the_old_time_and_raises_the_sequence()
    {
        await using var node = new BookingNode();
        var expert = await node.ExpertAsync();
        var booking = await node.BookOkAsync(BookingBodies.Valid(expert, BookingNode.March(4, 10)));
        var uid = Uid(await node.InviteAsync(booking.Id, booking.ManageToken));
        // The day's last start: fewer neighbouring starts are blocked there, so the expert's summary changes with the move.
        var target = BookingNode.March(5, 16, 15);
        var summaries = (await node.OutboxOfAsync<ExpertAvailabilityChanged>()).Count;

        var moved = await node.SendAsync(HttpMethod.Post, BookingNode.Path($"bookings/{booking.Id}/reschedule"), booking.ManageToken, new { start = BookingBodies.Start(target) });

        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var view = (await moved.Content.ReadFromJsonAsync<BookingView>())!;
        Assert.Equal((target.ToDateTimeOffset(), 2L, 1), (view.Start, view.Version, view.Sequence));
        var ics = await node.InviteAsync(booking.Id, booking.ManageToken);
        Assert.Equal(uid, Uid(ics));
        Assert.Contains("SEQUENCE:1", ics, StringComparison.Ordinal);
        Assert.Contains("METHOD:REQUEST", ics, StringComparison.Ordinal);
        Assert.Contains("DTSTART;TZID=Europe/Rome:20260305T161500", ics, StringComparison.Ordinal);

        var rescheduled = Assert.Single(await node.OutboxOfAsync<ConsultationRescheduled>());
        using var payload = JsonDocument.Parse(rescheduled.Payload);
        Assert.Equal(2, payload.RootElement.GetProperty("version").GetInt64());
        Assert.Equal(booking.Start, payload.RootElement.GetProperty("previousStart").GetDateTimeOffset());
        Assert.Equal(summaries + 1, (await node.OutboxOfAsync<ExpertAvailabilityChanged>()).Count);

        // The old slot is bookable again; the new one is not.
        await node.BookOkAsync(BookingBodies.Valid(expert, BookingNode.March(4, 10)));
        Assert.Equal(HttpStatusCode.Conflict, (await node.BookAsync(BookingBodies.Valid(expert, target))).StatusCode);
    }

    [Fact]
    public async Task A_move_onto_a_taken_slot_fails_whole_and_the_old_slot_stays_held()
    {
        await using var node = new BookingNode();
        var expert = await node.ExpertAsync();
        var mine = await node.BookOkAsync(BookingBodies.Valid(expert, BookingNode.March(4, 10)));
        await node.BookOkAsync(BookingBodies.Valid(expert, BookingNode.March(4, 14)));
        var cells = await node.CellCountAsync();

        var response = await node.SendAsync(HttpMethod.Post, BookingNode.Path($"bookings/{mine.Id}/reschedule"), mine.ManageToken,
            new { start = BookingBodies.Start(BookingNode.March(4, 14, 15)) });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var view = await node.GetAsync(mine.Id, mine.ManageToken);
        Assert.Equal((mine.Start, 1L, 0), (view.Start, view.Version, view.Sequence));
        Assert.Equal(cells, await node.CellCountAsync());
        Assert.Equal(HttpStatusCode.Conflict, (await node.BookAsync(BookingBodies.Valid(expert, BookingNode.March(4, 10)))).StatusCode);
        Assert.Empty(await node.OutboxOfAsync<ConsultationRescheduled>());
    }

    [Fact]
    public async Task A_move_by_a_quarter_of_an_hour_may_overlap_its_own_old_time()
    {
        await using var node = new BookingNode();
        var expert = await node.ExpertAsync();
        var booking = await node.BookOkAsync(BookingBodies.Valid(expert, BookingNode.March(4, 10)));

        var response = await node.SendAsync(HttpMethod.Post, BookingNode.Path($"bookings/{booking.Id}/reschedule"), booking.ManageToken,
            new { start = BookingBodies.Start(BookingNode.March(4, 10, 15)) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(45 + 15, await node.CellCountAsync());
    }

    [Fact]
    public async Task Moving_to_the_same_start_changes_nothing()
    {
        await using var node = new BookingNode();
        var booking = await node.BookOkAsync(BookingBodies.Valid(await node.ExpertAsync(), BookingNode.March(4, 10)));

        var response = await node.SendAsync(HttpMethod.Post, BookingNode.Path($"bookings/{booking.Id}/reschedule"), booking.ManageToken, new { start = BookingBodies.Start(BookingNode.March(4, 10)) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, (await response.Content.ReadFromJsonAsync<BookingView>())!.Version);
        Assert.Empty(await node.OutboxOfAsync<ConsultationRescheduled>());
    }

    [Theory]
    [InlineData("2026-03-01T10:00:00Z", HttpStatusCode.UnprocessableEntity)] // in the past
    [InlineData("2026-03-07T10:00:00+01:00", HttpStatusCode.Conflict)] // a Saturday: not offered
    [InlineData("2026-03-04T10:07:00+01:00", HttpStatusCode.Conflict)] // off the 15' grid
    [InlineData("2026-03-02T15:00:00+01:00", HttpStatusCode.Conflict)] // inside the expert's 24 h notice
    [InlineData("2026-06-01T10:00:00+02:00", HttpStatusCode.Conflict)] // beyond the 60-day horizon
    [InlineData("next tuesday", HttpStatusCode.BadRequest)]
    [InlineData("2026-03-04T10:00:00", HttpStatusCode.BadRequest)] // no offset: ambiguous
    public async Task A_move_to_a_time_that_is_not_a_free_slot_is_refused(string start, HttpStatusCode expected)
    {
        await using var node = new BookingNode();
        var booking = await node.BookOkAsync(BookingBodies.Valid(await node.ExpertAsync(), BookingNode.March(5, 10)));

        var response = await node.SendAsync(HttpMethod.Post, BookingNode.Path($"bookings/{booking.Id}/reschedule"), booking.ManageToken, new { start });

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(1, (await node.GetAsync(booking.Id, booking.ManageToken)).Version);
    }

    [Fact]
    public async Task Cancelling_frees_the_slot_and_turns_the_invite_into_a_cancellation()
    {
        await using var node = new BookingNode();
        var expert = await node.ExpertAsync();
        var booking = await node.BookOkAsync(BookingBodies.Valid(expert, BookingNode.March(4, 10)));
        var summaries = (await node.OutboxOfAsync<ExpertAvailabilityChanged>()).Count;

        var response = await node.SendAsync(HttpMethod.Post, BookingNode.Path($"bookings/{booking.Id}/cancel"), booking.ManageToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var view = (await response.Content.ReadFromJsonAsync<BookingView>())!;
        Assert.Equal(("cancelled", 2L, 1), (view.Status, view.Version, view.Sequence));
        var ics = await node.InviteAsync(booking.Id, booking.ManageToken);
        Assert.Contains("METHOD:CANCEL", ics, StringComparison.Ordinal);
        Assert.Contains("STATUS:CANCELLED", ics, StringComparison.Ordinal);
        Assert.Contains("SEQUENCE:1", ics, StringComparison.Ordinal);
        Assert.Equal(0, await node.CellCountAsync());
        Assert.Single(await node.OutboxOfAsync<ConsultationCancelled>());
        Assert.Equal(summaries + 1, (await node.OutboxOfAsync<ExpertAvailabilityChanged>()).Count); // the freed time is announced

        // Cancelling again is harmless: same answer, no new event.
        var again = await node.SendAsync(HttpMethod.Post, BookingNode.Path($"bookings/{booking.Id}/cancel"), booking.ManageToken);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Single(await node.OutboxOfAsync<ConsultationCancelled>());

        // A cancelled booking cannot be moved, and its slot is free for someone else.
        var move = await node.SendAsync(HttpMethod.Post, BookingNode.Path($"bookings/{booking.Id}/reschedule"), booking.ManageToken, new { start = BookingBodies.Start(BookingNode.March(5, 10)) });
        Assert.Equal(HttpStatusCode.Conflict, move.StatusCode);
        await node.BookOkAsync(BookingBodies.Valid(expert, BookingNode.March(4, 10)));
    }

    [Fact]
    public async Task Each_change_raises_the_invite_sequence()
    {
        await using var node = new BookingNode();
        var booking = await node.BookOkAsync(BookingBodies.Valid(await node.ExpertAsync(), BookingNode.March(4, 10)));
        var sequences = new List<int> { Sequence(await node.InviteAsync(booking.Id, booking.ManageToken)) };

        foreach (var hour in new[] { 11, 12, 13 })
        {
            var moved = await node.SendAsync(HttpMethod.Post, BookingNode.Path($"bookings/{booking.Id}/reschedule"), booking.ManageToken, new { start = BookingBodies.Start(BookingNode.March(5, hour)) });
            Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
            sequences.Add(Sequence(await node.InviteAsync(booking.Id, booking.ManageToken)));
        }

        await node.SendAsync(HttpMethod.Post, BookingNode.Path($"bookings/{booking.Id}/cancel"), booking.ManageToken);
        sequences.Add(Sequence(await node.InviteAsync(booking.Id, booking.ManageToken)));

        Assert.Equal([0, 1, 2, 3, 4], sequences);
    }

    [Fact]
    public async Task Inside_the_minimum_notice_the_business_can_no_longer_cancel_or_move_but_staff_can()
    {
        await using var node = new BookingNode();
        var booking = await node.BookOkAsync(BookingBodies.Valid(await node.ExpertAsync(), BookingNode.March(4, 10)));

        // 23 h 59' before the meeting.
        node.Clock.Reset(Instant.FromDateTimeOffset(booking.Start) - Duration.FromHours(24) + Duration.FromMinutes(1));

        var cancel = await node.SendAsync(HttpMethod.Post, BookingNode.Path($"bookings/{booking.Id}/cancel"), booking.ManageToken);
        var move = await node.SendAsync(HttpMethod.Post, BookingNode.Path($"bookings/{booking.Id}/reschedule"), booking.ManageToken, new { start = BookingBodies.Start(BookingNode.March(6, 10)) });

        foreach (var response in new[] { cancel, move })
        {
            Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
            using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal("too-late", problem.RootElement.GetProperty("reason").GetString());
            Assert.Contains("24 hours", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        Assert.Equal(1, (await node.GetAsync(booking.Id, booking.ManageToken)).Version);
        Assert.Equal(HttpStatusCode.OK, (await node.Staff.PostAsync(BookingNode.Path($"bookings/{booking.Id}/cancel"), null)).StatusCode);
    }

    [Fact]
    public async Task Exactly_at_the_notice_the_business_still_may_cancel()
    {
        await using var node = new BookingNode();
        var booking = await node.BookOkAsync(BookingBodies.Valid(await node.ExpertAsync(), BookingNode.March(4, 10)));
        node.Clock.Reset(Instant.FromDateTimeOffset(booking.Start) - Duration.FromHours(24));

        Assert.Equal(HttpStatusCode.OK, (await node.SendAsync(HttpMethod.Post, BookingNode.Path($"bookings/{booking.Id}/cancel"), booking.ManageToken)).StatusCode);
    }

    [Fact]
    public async Task The_minimum_notice_is_configurable()
    {
        await using var node = new BookingNode(settings: new Dictionary<string, string?> { ["Bookings:MinimumNoticeHours"] = "2" });
        var booking = await node.BookOkAsync(BookingBodies.Valid(await node.ExpertAsync(), BookingNode.March(4, 10)));
        node.Clock.Reset(Instant.FromDateTimeOffset(booking.Start) - Duration.FromHours(3));

        Assert.Equal(HttpStatusCode.OK, (await node.SendAsync(HttpMethod.Post, BookingNode.Path($"bookings/{booking.Id}/cancel"), booking.ManageToken)).StatusCode);
    }

    private static string Uid(string ics) => UidLine().Match(ics).Groups[1].Value;

    private static int Sequence(string ics) => int.Parse(SequenceLine().Match(ics).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^UID:(.+?)\r?$", RegexOptions.Multiline)]
    private static partial Regex UidLine();

    [GeneratedRegex(@"^SEQUENCE:(\d+)\r?$", RegexOptions.Multiline)]
    private static partial Regex SequenceLine();
}
