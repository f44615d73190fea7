namespace Hubs.ServiceDefaults;

/// <summary>The named authorisation policies; every endpoint carries one (each service's tests check it).</summary>
public static class Policies
{
    /// <summary>Anyone, including an anonymous business. A token, if presented, must still be valid.</summary>
    public const string Public = "public";

    /// <summary>Staff of the hub named by the route's <c>{hubId}</c>.</summary>
    public const string HubStaff = "hub-staff";

    /// <summary>Staff of any hub; the endpoint checks the hub the request acts for (it is in the body, not the route).</summary>
    public const string AnyHubStaff = "any-hub-staff";

    /// <summary>A network coordinator.</summary>
    public const string Coordinator = "coordinator";
}
