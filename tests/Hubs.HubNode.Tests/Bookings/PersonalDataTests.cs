using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hubs.Contracts.Events;
using Hubs.ServiceDefaults.Outbox;
using Hubs.HubNode.Tests.Support;

namespace Hubs.HubNode.Tests.Bookings;

/// <summary>What leaves the hub about a booking says nothing about who the business is.</summary>
public sealed class PersonalDataTests
{
    private const string NotesMarker = "Zqx-Notes-Marker";

    private static readonly HashSet<string> Allowed =
    [
        "hubId", "eventId", "occurredAt", "version", "bookingId", "caseId", "expertId", "kind", "start", "end",
        "topics", "atecoSection", "sizeClass", "provinceCode", "previousStart", "attendance", "outcomeCategory",
    ];

    [Fact]
    public async Task No_event_of_a_whole_journey_carries_personal_data()
    {
        await using var node = new BookingNode();
        var expert = await node.ExpertAsync();
        var email = BookingBodies.NewEmail();

        var brainstorming = await node.BookOkAsync(BookingBodies.Valid(expert, BookingNode.March(4, 10), email: email));
        Assert.Equal(HttpStatusCode.OK, (await node.SendAsync(HttpMethod.Post, BookingNode.Path($"bookings/{brainstorming.Id}/reschedule"),
            brainstorming.ManageToken, new { start = BookingBodies.Start(BookingNode.March(4, 11)) })).StatusCode);
        node.Clock.Reset(BookingNode.March(4, 12));
        Assert.Equal(HttpStatusCode.OK, (await node.Staff.PostAsJsonAsync(BookingNode.Path($"bookings/{brainstorming.Id}/outcome"), new
        {
            attendance = "held",
            category = "follow-up-recommended",
            notes = $"{NotesMarker}: the owner's daughter runs the shop now",
            grantCallReference = "Zqx-Grant-Marker-2026",
        })).StatusCode);
        var followup = await node.BookOkAsync(BookingBodies.Valid(expert, BookingNode.March(10, 10), "followup", email, brainstorming.CaseId));
        Assert.Equal(HttpStatusCode.OK, (await node.SendAsync(HttpMethod.Post, BookingNode.Path($"bookings/{followup.Id}/cancel"), followup.ManageToken)).StatusCode);

        var outbox = await StoreFile.OutboxAsync(node.DatabasePath);
        string[] markers =
        [
            BookingBodies.CompanyMarker, BookingBodies.NeedMarker, BookingBodies.EmailMarker, BookingBodies.VatMarker, email,
            NotesMarker, "Zqx-Grant-Marker", brainstorming.ManageToken, followup.ManageToken, brainstorming.VideoLink, followup.VideoLink, "Zqx",
        ];
        foreach (var row in outbox)
        {
            foreach (var marker in markers)
            {
                Assert.DoesNotContain(marker, row.Payload, StringComparison.OrdinalIgnoreCase);
            }
        }

        // Every consultation event, and only the allowed fields in each.
        Type[] consultation = [typeof(ConsultationBooked), typeof(ConsultationRescheduled), typeof(ConsultationHeld), typeof(OutcomeRecorded), typeof(ConsultationCancelled)];
        var names = consultation.Select(OutboxMessageTypes.NameOf).ToHashSet();
        var events = outbox.Where(r => names.Contains(r.MessageType)).ToList();
        Assert.Equal(
            [typeof(ConsultationBooked), typeof(ConsultationRescheduled), typeof(ConsultationHeld), typeof(OutcomeRecorded), typeof(ConsultationBooked), typeof(ConsultationCancelled)],
            events.Select(e => OutboxMessageTypes.Find(e.MessageType)));
        foreach (var row in events)
        {
            using var payload = JsonDocument.Parse(row.Payload);
            var extra = payload.RootElement.EnumerateObject().Select(p => p.Name).Where(n => !Allowed.Contains(n)).ToList();
            Assert.True(extra.Count == 0, $"{row.MessageType} carries {string.Join(", ", extra)}");
        }

        // And the published copies say the same: the relay sends what the outbox holds.
        Assert.True(await node.Factory.Harness.WithinAsync<ConsultationCancelled>(m => m.Context.Message.BookingId == followup.Id));
    }
}
