namespace Hubs.ServiceDefaults.Security;

/// <summary>The claims and roles of our tokens.</summary>
public static class HubsClaims
{
    public const string Role = "role";

    /// <summary>The hub a staff member works for.</summary>
    public const string Hub = "hub";

    public const string Subject = "sub";

    public const string StaffRole = "staff";

    public const string CoordinatorRole = "coordinator";
}
