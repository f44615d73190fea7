using System.Security.Claims;

namespace Hubs.ServiceDefaults.Security;

public static class ClaimsPrincipalExtensions
{
    /// <summary>
    /// Hub ids are lower-case slugs, but a route may spell one in any case (<c>/api/hubs/LOMAZZO</c>): the gateway and
    /// the node treat them alike, case-insensitively (docs/decisions, "hub ids at the edge").
    /// </summary>
    public static bool IsStaffOf(this ClaimsPrincipal user, string hubId) =>
        user.IsInRole(HubsClaims.StaffRole) && string.Equals(user.FindFirst(HubsClaims.Hub)?.Value, hubId, StringComparison.OrdinalIgnoreCase);

    public static bool IsCoordinator(this ClaimsPrincipal user) => user.IsInRole(HubsClaims.CoordinatorRole);

    /// <summary>The hub a staff member works for, or null.</summary>
    public static string? StaffHub(this ClaimsPrincipal user) =>
        user.IsInRole(HubsClaims.StaffRole) ? user.FindFirst(HubsClaims.Hub)?.Value : null;
}
