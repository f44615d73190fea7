namespace Hubs.Portal.Auth;

/// <summary>
/// Who may open a page. Every routable page carries exactly one of these (the portal's authorisation matrix test reads
/// the endpoint list and fails for a page without one):
/// <list type="bullet">
/// <item><see cref="Public"/>: anyone (the business's pages).</item>
/// <item><see cref="StaffOfHub"/>: staff of the hub named by the route's <c>{hubId}</c> (<c>role=staff</c>,
/// <c>hub={hubId}</c>); staff of another hub and coordinators get the 403 page that says whose pages these are.</item>
/// <item><see cref="Coordinator"/>: a network coordinator (<c>role=coordinator</c>); staff are refused.</item>
/// <item><see cref="SignedIn"/>: anybody signed in (the page that sends each person to their own pages).</item>
/// </list>
/// Use them as <c>@attribute [Authorize(Policy = PortalPolicies.StaffOfHub)]</c>; public pages say
/// <c>@attribute [AllowAnonymous]</c>. All read the portal's cookie session; nobody signed in is sent to the provider.
/// </summary>
public static class PortalPolicies
{
    public const string Public = "portal-public";

    public const string StaffOfHub = "portal-staff-of-hub";

    public const string Coordinator = "portal-coordinator";

    public const string SignedIn = "portal-signed-in";

    public static readonly IReadOnlySet<string> All = new HashSet<string>([Public, StaffOfHub, Coordinator, SignedIn]);
}
