using System.Security.Claims;

namespace Hubs.ServiceDefaults.Security;

public static class ClaimsPrincipalExtensions
{
    public static bool IsStaffOf(this ClaimsPrincipal user, string hubId) =>
        user.IsInRole(HubsClaims.StaffRole) && string.Equals(user.FindFirst(HubsClaims.Hub)?.Value, hubId, StringComparison.Ordinal);

    public static bool IsCoordinator(this ClaimsPrincipal user) => user.IsInRole(HubsClaims.CoordinatorRole);

    /// <summary>The hub a staff member works for, or null.</summary>
    public static string? StaffHub(this ClaimsPrincipal user) =>
        user.IsInRole(HubsClaims.StaffRole) ? user.FindFirst(HubsClaims.Hub)?.Value : null;
}
