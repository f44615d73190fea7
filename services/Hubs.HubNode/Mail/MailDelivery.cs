using NodaTime;

namespace Hubs.HubNode.Mail;

/// <summary>What staff see of one mail of a booking: which, to whom (business or staff), its state, never its body.</summary>
public sealed record MailDelivery(
    Guid Id, string MessageId, string Kind, string Status, int Attempts, Instant DueAt, Instant CreatedAt, Instant? SentAt, string? LastError);
