namespace Hubs.HubNode.Mail;

public static class MailStatuses
{
    public const string Pending = "pending";
    public const string Sent = "sent";

    /// <summary>The server refused it for good (5xx), or it kept being refused for a while: recorded on the booking for staff.</summary>
    public const string Undeliverable = "undeliverable";

    /// <summary>A reminder of a meeting that moved or was cancelled before it was due.</summary>
    public const string Withdrawn = "withdrawn";
}
