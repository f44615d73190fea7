namespace Hubs.HubNode.Mail;

/// <summary>
/// The mail a change causes, stored in the change's own write: the mails to queue and, when the meeting moved or was
/// cancelled, the booking whose reminders not yet sent are withdrawn first.
/// </summary>
public sealed record MailPlan(IReadOnlyList<QueuedMail> Mails, Guid? WithdrawRemindersOf = null)
{
    public static MailPlan None { get; } = new([]);
}
