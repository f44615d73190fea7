using System.Text.Json;
using System.Text.Json.Nodes;
using Hubs.Contracts.Consultations;
using Hubs.Contracts.Events;
using Hubs.HubNode.Bookings;
using Hubs.HubNode.Outcomes;
using Hubs.HubNode.StoreContracts;
using MassTransit;
using NodaTime;

namespace Hubs.HubNode.Tests.Bookings;

/// <summary>
/// The consultation events share their booking facts (<see cref="ConsultationEvent"/>) without changing what is routed or
/// read: each keeps its URN first in the envelope and its exchange, the base gets no exchange, and the JSON fields are
/// the same as before (decision 23).
/// </summary>
public sealed class ConsultationWireTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private static readonly string[] Facts =
    [
        "hubId", "eventId", "occurredAt", "version", "bookingId", "caseId", "expertId", "kind", "start", "end", "topics",
        "atecoSection", "sizeClass", "provinceCode",
    ];

    public static TheoryData<Type, string, string[]> Events => new()
    {
        { typeof(ConsultationBooked), "urn:message:hubs:consultation-booked:v1", [] },
        { typeof(ConsultationRescheduled), "urn:message:hubs:consultation-rescheduled:v1", ["previousStart"] },
        { typeof(ConsultationCancelled), "urn:message:hubs:consultation-cancelled:v1", [] },
        { typeof(ConsultationHeld), "urn:message:hubs:consultation-held:v1", ["attendance"] },
        { typeof(OutcomeRecorded), "urn:message:hubs:outcome-recorded:v1", ["attendance", "outcomeCategory"] },
    };

    [Theory]
    [MemberData(nameof(Events))]
    public void The_envelope_leads_with_the_event_urn_and_the_shared_base_has_no_exchange(Type eventType, string urn, string[] own)
    {
        _ = own;
        var names = (string[])typeof(MessageTypeCache<>).MakeGenericType(eventType).GetProperty("MessageTypeNames")!.GetValue(null)!;

        // MassTransit lists base types in the envelope as it lists the interfaces; consumers bind by the first they know.
        Assert.Equal(
            [urn, "urn:message:Hubs.Contracts.Events:ConsultationEvent", "urn:message:Hubs.Contracts.Events:IVersionedEvent", "urn:message:Hubs.Contracts.Events:IHubEvent"],
            names);
        Assert.True(typeof(ConsultationEvent).IsDefined(typeof(ExcludeFromTopologyAttribute), inherit: false));
        Assert.True(typeof(ConsultationEvent).IsAbstract);
    }

    [Theory]
    [MemberData(nameof(Events))]
    public void Each_event_has_the_booking_facts_and_its_own_fields_and_nothing_else(Type eventType, string urn, string[] own)
    {
        var booking = BookingSample();
        var at = Instant.FromUtc(2026, 3, 4, 9, 0);
        var message = eventType.Name switch
        {
            nameof(ConsultationBooked) => BookingEvents.Booked(booking, at),
            nameof(ConsultationRescheduled) => BookingEvents.Rescheduled(booking, at - Duration.FromDays(1), at),
            nameof(ConsultationCancelled) => BookingEvents.Cancelled(booking, at),
            nameof(ConsultationHeld) => BookingEvents.Held(booking, booking.Version - 1, at),
            _ => BookingEvents.OutcomeRecorded(booking, at),
        };

        Assert.Equal(urn, message.MessageType);
        var fields = JsonNode.Parse(message.Payload)!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal);
        Assert.Equal(Facts.Concat(own).Order(StringComparer.Ordinal), fields);
        var read = (ConsultationEvent)JsonSerializer.Deserialize(message.Payload, eventType, Web)!;
        Assert.Equal((booking.Id, booking.CaseId, "VA", message.EventId), (read.BookingId, read.CaseId, read.ProvinceCode, read.EventId));
    }

    // The contract suites' booking (a business with a name, e-mail and VAT number), with an outcome recorded.
    private static Booking BookingSample() => ContractData.Booking(Guid.CreateVersion7(), Instant.FromUtc(2026, 3, 4, 10, 0)) with
    {
        Version = 3,
        Outcome = new MeetingOutcome(Attendances.Held, OutcomeCategories.GrantSupport, "Note", null, Instant.FromUtc(2026, 3, 4, 11, 0)),
    };
}
