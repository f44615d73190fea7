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
    public Task Consume(ConsumeContext<ConsultationBooked> context) =>
        ApplyAsync(nameof(ConsultationBooked), Fact(context.Message, ConsultationStatuses.Booked), context.CancellationToken);

    public Task Consume(ConsumeContext<ConsultationRescheduled> context) =>
        ApplyAsync(nameof(ConsultationRescheduled), Fact(context.Message, ConsultationStatuses.Booked), context.CancellationToken);

    public Task Consume(ConsumeContext<ConsultationCancelled> context) =>
        ApplyAsync(nameof(ConsultationCancelled), Fact(context.Message, ConsultationStatuses.Cancelled), context.CancellationToken);

    public Task Consume(ConsumeContext<ConsultationHeld> context) =>
        ApplyAsync(nameof(ConsultationHeld), Fact(context.Message, Attended(context.Message.Attendance)), context.CancellationToken);

    public Task Consume(ConsumeContext<OutcomeRecorded> context)
    {
        var e = context.Message;
        var fact = Fact(e, Attended(e.Attendance)) with { OutcomeCategory = e.OutcomeCategory };
        return ApplyAsync(nameof(OutcomeRecorded), fact, context.CancellationToken, wellFormed: !string.IsNullOrWhiteSpace(e.OutcomeCategory));
    }

    private Task ApplyAsync(string eventType, ConsultationFact fact, CancellationToken cancellationToken, bool wellFormed = true) =>
        metrics.ProjectAsync(new(eventType, fact.EventId, fact.HubId, fact.BookingId, fact.Version),
            wellFormed && EventChecks.IsWellFormed(fact), () => facts.ApplyAsync(fact, cancellationToken), logger);

    // An attendance this service does not know yet makes the fact malformed (empty status) rather than guessed.
    private static string Attended(string? attendance) => attendance switch
    {
        Attendances.Held => ConsultationStatuses.Held,
        Attendances.NoShow => ConsultationStatuses.NoShow,
        _ => "",
    };

    // Null where a sender left a required field out: EventChecks finds the fact malformed rather than this throwing.
    private static ConsultationFact Fact(ConsultationEvent e, string status) => new()
    {
        HubId = e.HubId,
        BookingId = e.BookingId,
        Version = e.Version,
        EventId = e.EventId,
        Status = status,
        Kind = e.Kind,
        Start = e.Start,
        Topics = e.Topics,
        AtecoSection = e.AtecoSection,
        SizeClass = e.SizeClass,
        ProvinceCode = e.ProvinceCode,
    };
}
