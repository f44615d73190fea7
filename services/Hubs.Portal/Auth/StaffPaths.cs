namespace Hubs.Portal.Auth;

/// <summary>The staff pages' addresses, all under <c>/staff/{hubId}/</c> so that the policy reads the hub from the route.</summary>
public static class StaffPaths
{
    public static string Home(string hubId) => $"/staff/{Uri.EscapeDataString(hubId)}";

    public static string Today(string hubId) => $"/staff/{Uri.EscapeDataString(hubId)}/today";

    public static string Meeting(string hubId, Guid bookingId) => $"/staff/{Uri.EscapeDataString(hubId)}/meetings/{bookingId}";

    public static string Experts(string hubId) => $"/staff/{Uri.EscapeDataString(hubId)}/experts";

    public static string Expert(string hubId, Guid expertId) => $"/staff/{Uri.EscapeDataString(hubId)}/experts/{expertId}";

    public static string Availability(string hubId, Guid expertId) => $"/staff/{Uri.EscapeDataString(hubId)}/experts/{expertId}/availability";

    public static string Referrals(string hubId) => $"/staff/{Uri.EscapeDataString(hubId)}/referrals";

    public static string Practices(string hubId) => $"/staff/{Uri.EscapeDataString(hubId)}/practices";

    public static string Practice(string hubId, Guid practiceId) => $"/staff/{Uri.EscapeDataString(hubId)}/practices/{practiceId}";

    /// <summary>Another hub's practice, as this hub's staff read it to adopt or endorse it.</summary>
    public static string NetworkPractice(string hubId, string authorHubId, Guid practiceId) =>
        $"/staff/{Uri.EscapeDataString(hubId)}/practices/network/{Uri.EscapeDataString(authorHubId)}/{practiceId}";

    /// <summary>The hub a /staff/{hubId}/… path names, or null.</summary>
    public static string? HubOf(string? path)
    {
        var parts = (path ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 2 && parts[0] == "staff" ? Uri.UnescapeDataString(parts[1]) : null;
    }
}
