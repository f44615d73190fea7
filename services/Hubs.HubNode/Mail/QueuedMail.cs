using NodaTime;

namespace Hubs.HubNode.Mail;

/// <summary>
/// One mail as decided: composed in full when its cause is written (so a crash or a template change cannot alter it),
/// with a Message-ID fixed then, so a copy sent twice after a crash is recognisably the same mail. A mail still unsent
/// at <see cref="ExpiresAt"/> (a reminder when its meeting starts) is withdrawn instead: it would say something false.
/// </summary>
public sealed record QueuedMail(
    Guid Id, string MessageId, string Kind, Guid? BookingId, string Recipient, Instant DecidedAt, Instant DueAt, byte[] Mime,
    Instant? ExpiresAt = null, int Attempts = 0);
