namespace Hubs.HubNode.Mail;

/// <summary>A booking's mail as staff see it; <see cref="Undeliverable"/> says at a glance that the business did not get something.</summary>
public sealed record BookingMailResponse(Guid BookingId, bool Undeliverable, IReadOnlyList<MailDeliveryResponse> Mails)
{
    public static BookingMailResponse From(Guid bookingId, IReadOnlyList<MailDelivery> deliveries) => new(
        bookingId,
        deliveries.Any(d => d.Status == MailStatuses.Undeliverable),
        [.. deliveries.Select(MailDeliveryResponse.From)]);
}

/// <param name="To"><c>business</c> or <c>staff</c>: the address itself is on the booking.</param>
/// <param name="LastError">The server's reply code to the last refusal, e.g. <c>550 RecipientNotAccepted</c>.</param>
public sealed record MailDeliveryResponse(
    Guid Id, string MessageId, string Kind, string To, string Status, int Attempts,
    DateTimeOffset DueAt, DateTimeOffset DecidedAt, DateTimeOffset? SentAt, string? LastError)
{
    public static MailDeliveryResponse From(MailDelivery d) => new(
        d.Id, d.MessageId, d.Kind, d.Kind.StartsWith("staff-", StringComparison.Ordinal) ? "staff" : "business", d.Status, d.Attempts,
        d.DueAt.ToDateTimeOffset(), d.CreatedAt.ToDateTimeOffset(), d.SentAt?.ToDateTimeOffset(), d.LastError);
}
