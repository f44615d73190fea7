namespace Hubs.ServiceDefaults.Messaging;

public static class EventRefusalTags
{
    /// <summary>The refusal as a metric tag value: <c>impersonation</c>, <c>unidentified</c>, <c>untrusted-publisher</c>, <c>suspended</c>.</summary>
    public static string Tag(this EventRefusal refusal) => refusal switch
    {
        EventRefusal.Impersonation => "impersonation",
        EventRefusal.Unidentified => "unidentified",
        EventRefusal.UntrustedPublisher => "untrusted-publisher",
        _ => "suspended",
    };
}
