using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Hubs.Contracts.Events;
using Hubs.HubNode.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Hubs.HubNode.Tests.Bookings;

public sealed class BookingHappyPathTests
{
    [Fact]
    public async Task A_free_slot_is_booked_with_a_token_a_video_room_and_an_invite()
    {
        await using var node = new BookingNode();
        var expert = await node.ExpertAsync();
        var start = BookingNode.March(4, 10);

        var response = await node.BookAsync(BookingBodies.Valid(expert, start));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = (await response.Content.ReadFromJsonAsync<CreatedView>())!;
        Assert.Equal($"/api/hubs/{TestHub.Id}/bookings/{created.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal(expert, created.ExpertId);
        Assert.Equal("brainstorming", created.Kind);
        Assert.Equal("booked", created.Status);
        Assert.Equal(start.ToDateTimeOffset(), created.Start);
        Assert.Equal(TimeSpan.FromMinutes(45), created.End - created.Start);
        Assert.Equal(1, created.Version);

        // 32 random bytes, base64url without padding.
        Assert.Equal(43, created.ManageToken.Length);
        Assert.Matches("^[A-Za-z0-9_-]{43}$", created.ManageToken);
        Assert.StartsWith("https://meet.jit.si/hubs-test-hub-", created.VideoLink, StringComparison.Ordinal);
        Assert.Matches("^https://meet.jit.si/hubs-test-hub-[0-9a-f]{32}$", created.VideoLink);

        // The links in the answer work as they are, token included.
        var invite = await node.Client.GetAsync(created.InviteUrl);
        Assert.Equal(HttpStatusCode.OK, invite.StatusCode);
        Assert.Equal("text/calendar", invite.Content.Headers.ContentType?.MediaType);
        var ics = await invite.Content.ReadAsStringAsync();
        Assert.Contains("METHOD:REQUEST", ics, StringComparison.Ordinal);
        Assert.Contains($"UID:{created.Id}@hub.example.org", ics, StringComparison.Ordinal);
        Assert.Contains("SEQUENCE:0", ics, StringComparison.Ordinal);
        Assert.Contains("DTSTART;TZID=Europe/Rome:20260304T100000", ics, StringComparison.Ordinal);
        Assert.Contains("DTEND;TZID=Europe/Rome:20260304T104500", ics, StringComparison.Ordinal);
        Assert.Contains(created.VideoLink, ics, StringComparison.Ordinal);

        var manage = await node.Client.GetAsync(created.ManageUrl);
        Assert.Equal(HttpStatusCode.OK, manage.StatusCode);
        var booking = (await manage.Content.ReadFromJsonAsync<BookingView>())!;
        Assert.Equal(created.Id, booking.Id);
        Assert.Equal("2026-03-04T10:00:00+01:00", booking.StartLocal);
        Assert.Equal(BookingBodies.VatMarker, booking.Intake.VatNumber);
        Assert.StartsWith(BookingBodies.EmailMarker, booking.Intake.Email, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_token_is_stored_only_as_a_hash_with_the_consent_version_and_time()
    {
        await using var node = new BookingNode();
        var expert = await node.ExpertAsync();
        var created = await node.BookOkAsync(BookingBodies.Valid(expert, BookingNode.March(4, 10)));

        await using var connection = new SqliteConnection($"Data Source={node.DatabasePath};Mode=ReadOnly;Pooling=False");
        var row = await connection.QuerySingleAsync<(byte[] Hash, string ConsentVersion, string ConsentAt)>(
            "SELECT manage_token_hash, consent_version, consent_at FROM bookings WHERE id = @Id", new { Id = created.Id.ToString() });
        Assert.Equal(32, row.Hash.Length);
        Assert.Equal(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(created.ManageToken)), row.Hash);
        Assert.Equal("privacy-2026-01", row.ConsentVersion);
        Assert.Equal(BookingNode.DefaultNow.ToDateTimeOffset(), DateTimeOffset.Parse(row.ConsentAt, System.Globalization.CultureInfo.InvariantCulture));

        var everything = string.Join("\n", (await connection.QueryAsync<string>("SELECT payload FROM outbox"))
            .Concat(await connection.QueryAsync<string>("SELECT video_link || invite_uid || company_name || need FROM bookings")));
        Assert.DoesNotContain(created.ManageToken, everything, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_booking_gets_its_own_room_on_the_configured_video_server()
    {
        await using var node = new BookingNode(settings: new Dictionary<string, string?> { ["Bookings:VideoBaseUrl"] = "https://video.example.org/rooms" });
        var expert = await node.ExpertAsync();

        var first = await node.BookOkAsync(BookingBodies.Valid(expert, BookingNode.March(4, 10)));
        var second = await node.BookOkAsync(BookingBodies.Valid(expert, BookingNode.March(4, 14)));

        Assert.StartsWith("https://video.example.org/rooms/hubs-test-hub-", first.VideoLink, StringComparison.Ordinal);
        Assert.NotEqual(first.VideoLink, second.VideoLink);
        Assert.NotEqual(first.ManageToken, second.ManageToken);
    }

    [Fact]
    public async Task A_booked_slot_leaves_the_listing_and_the_expert_summary_is_republished()
    {
        await using var node = new BookingNode();
        var expert = await node.ExpertAsync();
        var start = BookingNode.March(4, 10);
        var query = $"slots?expert={expert}&from=2026-03-04&to=2026-03-04";
        var before = await node.Client.GetFromJsonAsync<SlotView[]>(BookingNode.Path(query));
        Assert.Contains(before!, s => s.Start == "2026-03-04T09:00:00Z");
        var summariesBefore = (await node.OutboxOfAsync<ExpertAvailabilityChanged>()).Count;

        await node.BookOkAsync(BookingBodies.Valid(expert, start));

        var after = await node.Client.GetFromJsonAsync<SlotView[]>(BookingNode.Path(query));
        // 10:00–10:45 plus 15' of buffer each side: no slot may overlap 09:45–11:00.
        Assert.DoesNotContain(after!, s => DateTimeOffset.Parse(s.Start, System.Globalization.CultureInfo.InvariantCulture) < start.ToDateTimeOffset().AddMinutes(60)
            && DateTimeOffset.Parse(s.End, System.Globalization.CultureInfo.InvariantCulture) > start.ToDateTimeOffset().AddMinutes(-15));
        Assert.Contains(after!, s => s.Start == "2026-03-04T10:00:00Z"); // 11:00 Rome, right after the buffer
        Assert.Equal(summariesBefore + 1, (await node.OutboxOfAsync<ExpertAvailabilityChanged>()).Count);

        var booked = Assert.Single(await node.OutboxOfAsync<ConsultationBooked>());
        using var payload = JsonDocument.Parse(booked.Payload);
        Assert.Equal(1, payload.RootElement.GetProperty("version").GetInt64());
        Assert.Equal("brainstorming", payload.RootElement.GetProperty("kind").GetString());
        Assert.Equal(TestHub.Id, payload.RootElement.GetProperty("hubId").GetString());
    }

    [Fact]
    public async Task Bookings_reach_the_broker_through_the_outbox()
    {
        await using var node = new BookingNode();
        var expert = await node.ExpertAsync();
        var created = await node.BookOkAsync(BookingBodies.Valid(expert, BookingNode.March(4, 10)));

        Assert.True(await node.Factory.Harness.WithinAsync<ConsultationBooked>(m =>
            m.Context.Message.BookingId == created.Id && m.Context.MessageId == m.Context.Message.EventId));
    }
}
