using System.Diagnostics.CodeAnalysis;
using MassTransit;
using MassTransit.Context;

namespace Hubs.ServiceDefaults.Messaging;

/// <summary>A delivery no consumer took, on its way to <c>_skipped</c>, showing the dead-letter transport a delivery without <c>user_id</c>.</summary>
internal sealed class SkippedDeliveryWithoutUserId : ReceiveContextProxy
{
    private readonly ReceiveContext _context;

    public SkippedDeliveryWithoutUserId(ReceiveContext context)
        : base(context)
    {
        _context = context;
    }

    public override bool TryGetPayload<TPayload>([NotNullWhen(true)] out TPayload? payload) where TPayload : class =>
        MoveWithoutUserId.TryGetPayload(_context, out payload);
}
