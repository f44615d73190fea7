using System.Diagnostics.CodeAnalysis;
using MassTransit;

namespace Hubs.ServiceDefaults.Messaging;

/// <summary>
/// Clears <c>user_id</c> from what MassTransit moves to <c>_error</c> and <c>_skipped</c>. The move republishes the
/// delivery with all its properties, and the broker refuses (406) a <c>user_id</c> that is not the mover's own user: a
/// directory that received a hub's event could then never move it, and the message would go round for ever. Clearing
/// it is safer than the alternative, the <c>impersonator</c> tag, which would let that user forge any publisher.
/// </summary>
public sealed class MoveWithoutUserId : IFilter<ExceptionReceiveContext>, IFilter<ReceiveContext>
{
    public Task Send(ExceptionReceiveContext context, IPipe<ExceptionReceiveContext> next) =>
        next.Send(new FailedDeliveryWithoutUserId(context));

    public Task Send(ReceiveContext context, IPipe<ReceiveContext> next) =>
        next.Send(new SkippedDeliveryWithoutUserId(context));

    public void Probe(ProbeContext context) => context.CreateFilterScope("moveWithoutUserId");

    /// <summary>The payloads of <paramref name="context"/>, with the RabbitMQ delivery (the one the move copies) stripped of its <c>user_id</c>.</summary>
    internal static bool TryGetPayload<TPayload>(ReceiveContext context, [NotNullWhen(true)] out TPayload? payload) where TPayload : class
    {
        if (typeof(TPayload) == typeof(RabbitMqBasicConsumeContext) && context.TryGetPayload<RabbitMqBasicConsumeContext>(out var delivery))
        {
            payload = (TPayload)(object)new DeliveryWithoutUserId(delivery);
            return true;
        }

        return context.TryGetPayload(out payload);
    }
}
