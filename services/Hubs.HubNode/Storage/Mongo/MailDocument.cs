using Hubs.HubNode.Mail;

namespace Hubs.HubNode.Storage.Mongo;

/// <summary>A <c>mailQueue</c> document: one mail as decided, then its delivery record (see the SQLite <c>MailSchema</c>).</summary>
internal sealed class MailDocument
{
    public string Id { get; set; } = "";
    public string MessageId { get; set; } = "";
    public string Kind { get; set; } = "";
    public string? BookingId { get; set; }
    public string Recipient { get; set; } = "";
    public DateTime DueAt { get; set; }
    public DateTime NextAttemptAt { get; set; }
    public DateTime? ExpiresAt { get; set; }
    public string Status { get; set; } = MailStatuses.Pending;
    public int Attempts { get; set; }

    /// <summary>Null once sent, refused or withdrawn: it carried the manage token.</summary>
    public byte[]? Mime { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? SentAt { get; set; }
    public string? LastError { get; set; }

    public static MailDocument From(QueuedMail mail) => new()
    {
        Id = MongoFields.Id(mail.Id),
        MessageId = mail.MessageId,
        Kind = mail.Kind,
        BookingId = mail.BookingId is { } b ? MongoFields.Id(b) : null,
        Recipient = mail.Recipient,
        DueAt = MongoFields.Date(mail.DueAt),
        NextAttemptAt = MongoFields.Date(mail.DueAt),
        ExpiresAt = MongoFields.Date(mail.ExpiresAt),
        Mime = mail.Mime,
        CreatedAt = MongoFields.Date(mail.DecidedAt),
    };

    public QueuedMail ToMail() => new(
        Guid.Parse(Id), MessageId, Kind, BookingId is null ? null : Guid.Parse(BookingId), Recipient,
        MongoFields.Instant(CreatedAt), MongoFields.Instant(DueAt), Mime ?? [], MongoFields.Instant(ExpiresAt), Attempts);

    public MailDelivery ToDelivery() => new(
        Guid.Parse(Id), MessageId, Kind, Status, Attempts, MongoFields.Instant(DueAt), MongoFields.Instant(CreatedAt), MongoFields.Instant(SentAt), LastError);
}
