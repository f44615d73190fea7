using Hubs.Contracts.Consultations;
using Hubs.Contracts.Events;
using Hubs.Directory.Statistics;
using MassTransit;

namespace Hubs.Directory.Messaging;

/// <summary>
/// Projects every consultation event into the anonymous facts the statistics count. Each event carries the whole
/// consultation at the booking's version, so all of them are the same upsert with a different status.
/// </summary>
public sealed class ConsultationConsumer(IConsultationFacts facts, ProjectionMetrics metrics, ILogger<ConsultationConsumer> logger)
    : IConsumer<ConsultationBooked>,
      IConsumer<ConsultationRescheduled>,
      IConsumer<ConsultationCancelled>,
      IConsumer<ConsultationHeld>,
      IConsumer<OutcomeRecorded>
{
    public Task Consume(ConsumeContext<ConsultationBooked> context)
    {
        var e = context.Message;
        return ApplyAsync(nameof(ConsultationBooked), Fact(e, e.BookingId, ConsultationStatuses.Booked, e.Kind, e.Start, e.Topics,
            e.AtecoSection, e.SizeClass, e.ProvinceCode), context.CancellationToken);
    }

    public Task Consume(ConsumeContext<ConsultationRescheduled> context)
    {
        var e = context.Message;
        return ApplyAsync(nameof(ConsultationRescheduled), Fact(e, e.BookingId, ConsultationStatuses.Booked, e.Kind, e.Start, e.Topics,
            e.AtecoSection, e.SizeClass, e.ProvinceCode), context.CancellationToken);
    }

    public Task Consume(ConsumeContext<ConsultationCancelled> context)
    {
        var e = context.Message;
        return ApplyAsync(nameof(ConsultationCancelled), Fact(e, e.BookingId, ConsultationStatuses.Cancelled, e.Kind, e.Start, e.Topics,
            e.AtecoSection, e.SizeClass, e.ProvinceCode), context.CancellationToken);
    }

    public Task Consume(ConsumeContext<ConsultationHeld> context)
    {
        var e = context.Message;
        return ApplyAsync(nameof(ConsultationHeld), Fact(e, e.BookingId, Attended(e.Attendance), e.Kind, e.Start, e.Topics,
            e.AtecoSection, e.SizeClass, e.ProvinceCode), context.CancellationToken);
    }

    public Task Consume(ConsumeContext<OutcomeRecorded> context)
    {
        var e = context.Message;
        var fact = Fact(e, e.BookingId, Attended(e.Attendance), e.Kind, e.Start, e.Topics, e.AtecoSection, e.SizeClass, e.ProvinceCode)
            with { OutcomeCategory = e.OutcomeCategory };
        return ApplyAsync(nameof(OutcomeRecorded), fact, context.CancellationToken, wellFormed: !string.IsNullOrWhiteSpace(e.OutcomeCategory));
    }

    private async Task ApplyAsync(string eventType, ConsultationFact fact, CancellationToken cancellationToken, bool wellFormed = true)
    {
        if (!wellFormed || !EventChecks.IsWellFormed(fact))
        {
            logger.LogWarning("Rejected a malformed {EventType} {EventId} from {HubId} for booking {BookingId} at version {Version}",
                eventType, fact.EventId, fact.HubId, fact.BookingId, fact.Version);
            metrics.Record(eventType, ProjectionOutcome.Rejected);
            return;
        }

        if (await facts.ApplyAsync(fact, cancellationToken))
        {
            metrics.Record(eventType, ProjectionOutcome.Applied);
            return;
        }

        logger.LogDebug("Ignored {EventType} {EventId} for {HubId}/{BookingId} at version {Version}: duplicate or stale",
            eventType, fact.EventId, fact.HubId, fact.BookingId, fact.Version);
        metrics.Record(eventType, ProjectionOutcome.Ignored);
    }

    // An attendance this service does not know yet makes the fact malformed (empty status) rather than guessed.
    private static string Attended(string? attendance) => attendance switch
    {
        Attendances.Held => ConsultationStatuses.Held,
        Attendances.NoShow => ConsultationStatuses.NoShow,
        _ => "",
    };

    private static ConsultationFact Fact(
        IVersionedEvent e, Guid bookingId, string status, string kind, DateTimeOffset start, IReadOnlyList<string>? topics,
        string atecoSection, string sizeClass, string provinceCode) => new()
    {
        HubId = e.HubId,
        BookingId = bookingId,
        Version = e.Version,
        EventId = e.EventId,
        Status = status,
        Kind = kind,
        Start = start,
        Topics = topics!,
        AtecoSection = atecoSection,
        SizeClass = sizeClass,
        ProvinceCode = provinceCode,
    };
}
