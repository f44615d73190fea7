using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hubs.Contracts.Commands;
using Hubs.Contracts.Events;
using Hubs.HubNode.Tests.Support;
using NodaTime;

namespace Hubs.HubNode.Tests.Referrals;

/// <summary>
/// Warm referral between two hub nodes: hub A refers the business of a meeting to hub X's own queue; X stores it once,
/// books it with the booking rules and closes it on the outcome; A follows its status, never the business's details there.
/// </summary>
public sealed class WarmReferralTests
{
    private static readonly string[] Markers = [BookingBodies.CompanyMarker, BookingBodies.NeedMarker, BookingBodies.EmailMarker, BookingBodies.VatMarker, NoteMarker, ReasonMarker];
    private const string NoteMarker = "Zqx-Note-Marker";
    private const string ReasonMarker = "Zqx-Reason-Marker";

    private static object Body(string toHubId, Guid bookingId, bool consent = true) =>
        new { toHubId, bookingId, consent, consentVersion = "referral-2026-01", note = $"{NoteMarker}: strong on logistics." };

    [Fact]
    public async Task A_referral_is_sent_to_the_receiving_hubs_own_queue_with_the_intake_and_never_published()
    {
        var x = ReferralHub.NewId("x");
        await using var a = new ReferralHub(ReferralHub.NewId("a"), new Dictionary<string, string?> { ["Referrals:PeerHubs:0"] = x });
        var meeting = await a.MeetingAsync();

        var response = await a.ReferAsync(Body(x, meeting));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        var referralId = created.GetProperty("referralId").GetGuid();
        Assert.Equal(("sent", x, meeting), (created.GetProperty("status").GetString(), created.GetProperty("toHubId").GetString(), created.GetProperty("bookingId").GetGuid()));

        var (sent, destination) = await a.SentReferralAsync(referralId);
        Assert.EndsWith($"/hub-{x}", destination!.AbsolutePath, StringComparison.Ordinal);
        Assert.All(a.Bus.Sent<ReferBusiness>(), s => Assert.EndsWith($"/hub-{x}", s.Destination!.AbsolutePath, StringComparison.Ordinal));
        Assert.Equal((a.HubId, x), (sent.FromHubId, sent.ToHubId));
        Assert.StartsWith(BookingBodies.CompanyMarker, sent.Intake.CompanyName, StringComparison.Ordinal);
        Assert.Equal((BookingBodies.VatMarker, "referral-2026-01"), (sent.Intake.VatNumber, sent.Intake.ConsentVersion));
        Assert.StartsWith(NoteMarker, sent.Note, StringComparison.Ordinal);
        Assert.Empty(a.Bus.Published<ReferBusiness>());

        // Through the outbox like every event: a row addressed to the queue, marked sent once the bus took it.
        var row = Assert.Single(await StoreFile.AllSentAsync(a.DatabasePath), r => r.MessageType == "urn:message:hubs:refer-business:v1");
        Assert.NotNull(row.SentAt);
        Assert.Equal(sent.EventId.ToString(), row.EventId);
    }

    [Fact]
    public async Task Referring_needs_a_meeting_concluded_with_a_referral_the_consent_and_another_known_hub()
    {
        var x = ReferralHub.NewId("x");
        await using var a = new ReferralHub(ReferralHub.NewId("a"), new Dictionary<string, string?> { ["Referrals:PeerHubs:0"] = x });
        var referred = await a.MeetingAsync();
        var closed = await a.MeetingAsync("closed");

        var notReferral = await a.ReferAsync(Body(x, closed));
        Assert.Equal(HttpStatusCode.Conflict, notReferral.StatusCode);
        Assert.Equal("outcome-not-referral", (await notReferral.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reason").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await a.ReferAsync(Body(x, Guid.NewGuid()))).StatusCode);

        await AssertFieldAsync(await a.ReferAsync(Body(x, referred, consent: false)), "consent");
        await AssertFieldAsync(await a.ReferAsync(Body(a.HubId, referred)), "toHubId");
        await AssertFieldAsync(await a.ReferAsync(Body("nowhere-hub", referred)), "toHubId");
        await AssertFieldAsync(await a.ReferAsync(new { toHubId = x, bookingId = "nope", consent = true, consentVersion = "v1" }), "bookingId");
        await AssertFieldAsync(await a.ReferAsync(new { toHubId = x, bookingId = referred, consent = true, consentVersion = "v1", note = new string('n', 2001) }), "note");
        await AssertFieldAsync(await a.Staff.PostAsync(a.Path("referrals"), new StringContent("{\"toHubId\": ", System.Text.Encoding.UTF8, "application/json")), "toHubId");

        // Referring the same meeting to the same hub again is the same referral, sent once.
        var first = await (await a.ReferAsync(Body(x, referred))).Content.ReadFromJsonAsync<JsonElement>();
        var again = await a.ReferAsync(Body(x, referred));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(first.GetProperty("referralId").GetGuid(), (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("referralId").GetGuid());
        Assert.Single(await a.OutgoingAsync());
    }

    [Fact]
    public async Task The_receiving_hub_stores_a_referral_once_and_announces_it_open_without_personal_data()
    {
        await using var x = new ReferralHub(ReferralHub.NewId("x"));
        var message = Referral(x.HubId, fromHubId: "lomazzo");

        await x.ReceiveAsync(message);
        await x.ReceiveAsync(message with { EventId = Guid.NewGuid() });

        var incoming = Assert.Single(await x.IncomingAsync());
        Assert.Equal((message.ReferralId, "lomazzo", "open", 1L),
            (incoming.GetProperty("referralId").GetGuid(), incoming.GetProperty("fromHubId").GetString(), incoming.GetProperty("status").GetString(), incoming.GetProperty("version").GetInt64()));
        Assert.StartsWith(BookingBodies.CompanyMarker, incoming.GetProperty("intake").GetProperty("companyName").GetString(), StringComparison.Ordinal);
        Assert.StartsWith(NoteMarker, incoming.GetProperty("note").GetString(), StringComparison.Ordinal);

        var open = Assert.Single(await x.StatusesAsync(message.ReferralId));
        Assert.Equal((x.HubId, x.HubId, "lomazzo", "open", 1L), (open.HubId, open.ToHubId, open.FromHubId, open.Status, open.Version));
        Assert.True(await x.Factory.Harness.WithinAsync<ReferralStatusChanged>(m => m.Context.Message.EventId == open.EventId && m.Context.MessageId == open.EventId));
        await AssertNoPersonalDataAsync(x);
    }

    [Fact]
    public async Task A_referral_for_another_hub_or_with_a_bad_intake_is_dropped()
    {
        await using var x = new ReferralHub(ReferralHub.NewId("x"));
        var elsewhere = Referral("ivrea", fromHubId: "lomazzo");
        var bad = Referral(x.HubId, fromHubId: "lomazzo");
        bad = bad with { Intake = bad.Intake with { VatNumber = "12345678901" } };

        await x.ReceiveAsync(elsewhere);
        await x.ReceiveAsync(bad);

        Assert.Empty(await x.IncomingAsync());
        Assert.Empty(await x.StatusesAsync(bad.ReferralId));
    }

    [Fact]
    public async Task A_referral_is_booked_with_its_intake_once_and_closes_when_the_outcome_is_recorded()
    {
        await using var x = new ReferralHub(ReferralHub.NewId("x"));
        var expert = await x.ExpertAsync();
        var message = Referral(x.HubId, fromHubId: null);
        await x.ReceiveAsync(message);
        var book = x.Path($"referrals/{message.ReferralId}/book");

        Assert.Equal(HttpStatusCode.NotFound, (await x.Staff.PostAsJsonAsync(x.Path($"referrals/{Guid.NewGuid()}/book"), Slot(expert))).StatusCode);
        await AssertFieldAsync(await x.Staff.PostAsJsonAsync(book, new { expertId = expert, start = BookingBodies.Start(BookingNode.March(5, 10)), kind = "followup" }), "kind");
        var taken = await x.Staff.PostAsJsonAsync(book, new { expertId = expert, start = BookingBodies.Start(BookingNode.March(5, 10, 7)) });
        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);

        var response = await x.Staff.PostAsJsonAsync(book, Slot(expert));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var booking = (await response.Content.ReadFromJsonAsync<CreatedView>())!;
        Assert.False(string.IsNullOrEmpty(booking.ManageToken));
        var view = (await (await x.Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, x.Path($"bookings/{booking.Id}")) { Headers = { { "X-Manage-Token", booking.ManageToken } } })).Content.ReadFromJsonAsync<BookingView>())!;
        Assert.StartsWith(BookingBodies.CompanyMarker, view.Intake.CompanyName, StringComparison.Ordinal);
        Assert.Equal(message.Intake.Email, view.Intake.Email);
        var booked = Assert.Single(await x.IncomingAsync("booked"));
        Assert.Equal(booking.Id, booked.GetProperty("bookingId").GetGuid());

        var twice = await x.Staff.PostAsJsonAsync(book, Slot(expert, hour: 14));
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Equal("referral-not-open", (await twice.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reason").GetString());

        x.Clock.Reset(Instant.FromDateTimeOffset(booking.Start) + Duration.FromMinutes(50));
        Assert.Equal(HttpStatusCode.OK, (await x.Staff.PostAsJsonAsync(x.Path($"bookings/{booking.Id}/outcome"), new { attendance = "held", category = "grant-support" })).StatusCode);

        Assert.Single(await x.IncomingAsync("closed"));
        Assert.Equal(
            [("open", 1L), ("booked", 2L), ("closed", 3L)],
            (await x.StatusesAsync(message.ReferralId)).Select(e => (e.Status, e.Version)));
        Assert.All(await x.StatusesAsync(message.ReferralId), e => Assert.Null(e.FromHubId));
        await AssertNoPersonalDataAsync(x);
    }

    [Fact]
    public async Task Staff_decline_an_open_referral_with_a_reason_that_stays_here_and_the_network_hears_only_that_it_was_declined()
    {
        await using var x = new ReferralHub(ReferralHub.NewId("x"));
        var expert = await x.ExpertAsync();
        var message = Referral(x.HubId, fromHubId: "lomazzo");
        await x.ReceiveAsync(message);
        var decline = x.Path($"referrals/{message.ReferralId}/decline");

        await AssertFieldAsync(await x.Staff.PostAsJsonAsync(decline, new { reason = "   " }), "reason");
        await AssertFieldAsync(await x.Staff.PostAsJsonAsync(decline, new { reason = new string('r', 1001) }), "reason");
        await AssertFieldAsync(await x.Staff.PostAsJsonAsync(decline, new { }), "reason");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await x.Staff.PostAsync(decline, new StringContent("reason=x", System.Text.Encoding.UTF8, "text/plain"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await x.Staff.PostAsJsonAsync(x.Path($"referrals/{Guid.NewGuid()}/decline"), new { reason = "No." })).StatusCode);
        using var otherHub = x.Factory.CreateAnonymousClient();
        otherHub.DefaultRequestHeaders.Authorization = Hubs.Testing.TestAuth.Bearer(Hubs.Testing.TestAuth.Staff("ivrea"));
        Assert.Equal(HttpStatusCode.Forbidden, (await otherHub.PostAsJsonAsync(decline, new { reason = "Not ours to say." })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await x.Client.PostAsJsonAsync(decline, new { reason = "Anonymous." })).StatusCode);
        Assert.Single(await x.IncomingAsync("open"));

        var response = await x.Staff.PostAsJsonAsync(decline, new { reason = $"{ReasonMarker}: no expert on export this month." });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var declined = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("declined", 2L), (declined.GetProperty("status").GetString(), declined.GetProperty("version").GetInt64()));
        Assert.StartsWith(ReasonMarker, declined.GetProperty("declineReason").GetString(), StringComparison.Ordinal);
        Assert.StartsWith(ReasonMarker, Assert.Single(await x.IncomingAsync("declined")).GetProperty("declineReason").GetString(), StringComparison.Ordinal);
        Assert.Equal([("open", 1L), ("declined", 2L)], (await x.StatusesAsync(message.ReferralId)).Select(e => (e.Status, e.Version)));
        await AssertNoPersonalDataAsync(x);

        // Declined is final here: neither booked nor declined again.
        foreach (var again in new[] { await x.Staff.PostAsJsonAsync(x.Path($"referrals/{message.ReferralId}/book"), Slot(expert)), await x.Staff.PostAsJsonAsync(decline, new { reason = "Twice." }) })
        {
            Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
            Assert.Equal("referral-not-open", (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reason").GetString());
        }
    }

    [Fact]
    public async Task A_cancelled_booking_gives_the_referral_back_to_book_again()
    {
        await using var x = new ReferralHub(ReferralHub.NewId("x"), new Dictionary<string, string?> { ["Referrals:SettleInterval"] = "00:00:00.100" });
        var expert = await x.ExpertAsync();
        var message = Referral(x.HubId, fromHubId: "lomazzo");
        await x.ReceiveAsync(message);
        var booking = (await (await x.Staff.PostAsJsonAsync(x.Path($"referrals/{message.ReferralId}/book"), Slot(expert))).Content.ReadFromJsonAsync<CreatedView>())!;

        Assert.Equal(HttpStatusCode.OK, (await x.Staff.PostAsync(x.Path($"bookings/{booking.Id}/cancel"), null)).StatusCode);

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while ((await x.IncomingAsync("open")).Length == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        var open = Assert.Single(await x.IncomingAsync("open"));
        Assert.Equal(JsonValueKind.Null, open.GetProperty("bookingId").ValueKind);
        Assert.Equal(HttpStatusCode.Created, (await x.Staff.PostAsJsonAsync(x.Path($"referrals/{message.ReferralId}/book"), Slot(expert, hour: 14))).StatusCode);
        Assert.Equal(["open", "booked", "open", "booked"], (await x.StatusesAsync(message.ReferralId)).Select(e => e.Status));
    }

    [Fact]
    public async Task The_referring_hub_follows_the_status_of_its_own_referrals_and_sees_nothing_of_the_business_there()
    {
        var xId = ReferralHub.NewId("x");
        await using var a = new ReferralHub(ReferralHub.NewId("a"), new Dictionary<string, string?> { ["Referrals:PeerHubs:0"] = xId });
        await using var x = new ReferralHub(xId);
        var expert = await x.ExpertAsync();
        var created = await (await a.ReferAsync(Body(xId, await a.MeetingAsync()))).Content.ReadFromJsonAsync<JsonElement>();
        var referralId = created.GetProperty("referralId").GetGuid();

        // The broker's part, played by hand: what A sent reaches X's desk, what X publishes reaches A's. (Two in-memory
        // test harnesses in one process compete for same-named consumer endpoints, so the test does not use both buses at once.)
        Assert.True(await x.Desk.ReceiveAsync((await a.SentReferralAsync(referralId)).Message));
        var book = await x.Staff.PostAsJsonAsync(x.Path($"referrals/{referralId}/book"), Slot(expert));
        Assert.Equal(HttpStatusCode.Created, book.StatusCode);
        var statuses = await x.StatusesAsync(referralId);
        Assert.Equal(["open", "booked"], statuses.Select(s => s.Status));

        Assert.True(await a.Desk.ApplyStatusAsync(statuses[1]));
        Assert.False(await a.Desk.ApplyStatusAsync(statuses[0]));

        var outgoing = Assert.Single(await a.OutgoingAsync());
        Assert.Equal((referralId, xId, "booked", 2L),
            (outgoing.GetProperty("referralId").GetGuid(), outgoing.GetProperty("toHubId").GetString(), outgoing.GetProperty("status").GetString(), outgoing.GetProperty("statusVersion").GetInt64()));
        Assert.Equal(
            ["bookingId", "createdAt", "referralId", "status", "statusVersion", "toHubId", "updatedAt"],
            outgoing.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));

        // Another hub cannot speak for X, and a status of someone else's referral changes nothing here.
        Assert.False(await a.Desk.ApplyStatusAsync(statuses[1] with { EventId = Guid.NewGuid(), HubId = "ivrea", Version = 9, Status = "closed" }));
        Assert.False(await a.Desk.ApplyStatusAsync(statuses[1] with { EventId = Guid.NewGuid(), FromHubId = "novara", Version = 9, Status = "closed" }));
        Assert.Equal("booked", Assert.Single(await a.OutgoingAsync()).GetProperty("status").GetString());

        Assert.True(await a.Desk.ApplyStatusAsync(statuses[1] with { EventId = Guid.NewGuid(), Version = 3, Status = "closed" }));
        Assert.Equal("closed", Assert.Single(await a.OutgoingAsync()).GetProperty("status").GetString());
    }

    private static object Slot(Guid expert, int hour = 10) => new { expertId = expert, start = BookingBodies.Start(BookingNode.March(5, hour)), kind = "brainstorming" };

    private static ReferBusiness Referral(string toHubId, string? fromHubId) => new()
    {
        ReferralId = Guid.NewGuid(),
        EventId = Guid.NewGuid(),
        OccurredAt = BookingNode.DefaultNow.ToDateTimeOffset(),
        FromHubId = fromHubId,
        ToHubId = toHubId,
        Intake = new ReferralIntake
        {
            CompanyName = $"{BookingBodies.CompanyMarker} S.r.l.",
            VatNumber = BookingBodies.VatMarker,
            AtecoSection = "C",
            SizeClass = "small",
            ProvinceCode = "NO",
            Topics = ["ecommerce"],
            Need = $"{BookingBodies.NeedMarker}: export to Germany.",
            Email = BookingBodies.NewEmail(),
            ConsentVersion = "referral-2026-01",
            ConsentAt = BookingNode.DefaultNow.ToDateTimeOffset(),
        },
        Note = $"{NoteMarker}: met them at the chamber of commerce.",
    };

    private static async Task AssertFieldAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"no error for {field}: {problem}");
    }

    /// <summary>The referral status events in the outbox — everything the network hears about a referral — carry none of the business's data.</summary>
    private static async Task AssertNoPersonalDataAsync(ReferralHub hub)
    {
        var rows = (await StoreFile.OutboxAsync(hub.DatabasePath)).Where(r => r.MessageType == "urn:message:hubs:referral-status-changed:v1").ToList();
        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            Assert.Null(row.Destination);
            foreach (var marker in Markers)
            {
                Assert.DoesNotContain(marker, row.Payload, StringComparison.OrdinalIgnoreCase);
            }
        }
    }
}
