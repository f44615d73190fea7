using System.Diagnostics.CodeAnalysis;
using MassTransit;
using MassTransit.Context;

namespace Hubs.ServiceDefaults.Messaging;

/// <summary>A failed delivery on its way to <c>_error</c>, showing the error transport a delivery without <c>user_id</c>.</summary>
internal sealed class FailedDeliveryWithoutUserId : ReceiveContextProxy, ExceptionReceiveContext
{
    private readonly ExceptionReceiveContext _context;

    public FailedDeliveryWithoutUserId(ExceptionReceiveContext context)
        : base(context)
    {
        _context = context;
    }

    public Exception Exception => _context.Exception;

    public DateTime ExceptionTimestamp => _context.ExceptionTimestamp;

    public ExceptionInfo ExceptionInfo => _context.ExceptionInfo;

    public SendHeaders ExceptionHeaders => _context.ExceptionHeaders;

    public override bool TryGetPayload<TPayload>([NotNullWhen(true)] out TPayload? payload) where TPayload : class =>
        MoveWithoutUserId.TryGetPayload(_context, out payload);
}
