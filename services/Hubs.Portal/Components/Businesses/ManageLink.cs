namespace Hubs.Portal.Components.Businesses;

/// <summary>The manage page's address: the same shape the hub puts in its e-mail and invite (/manage/{hubId}/{bookingId}?token=…).</summary>
public static class ManageLink
{
    public static string For(string hubId, Guid bookingId, string token, string? zone = null, bool confirmed = false) =>
        $"/manage/{Uri.EscapeDataString(hubId)}/{bookingId}?" + Gateway.GatewayCalls.Query(
            ("token", token), ("tz", zone), ("confirmed", confirmed ? "1" : null));
}
