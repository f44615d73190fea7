namespace Hubs.ServiceDefaults;

/// <summary>
/// The named authorisation policies every endpoint carries. Each endpoint names one from day one, so that
/// authentication can tighten them in one place without moving an endpoint.
/// </summary>
public static class Policies
{
    /// <summary>Anyone, including an anonymous business.</summary>
    public const string Public = "public";

    /// <summary>Staff of the hub named in the route (or of this node's hub).</summary>
    public const string HubStaff = "hub-staff";

    /// <summary>A network coordinator.</summary>
    public const string Coordinator = "coordinator";
}
