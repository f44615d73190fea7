using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Hubs.ServiceDefaults.Security;

/// <summary>
/// The caller is staff of the hub in the route's <c>{hubId}</c> (or of the hub id passed as the resource to
/// <c>IAuthorizationService.AuthorizeAsync</c>); staff of another hub are refused.
/// </summary>
public sealed class HubStaffRequirement : AuthorizationHandler<HubStaffRequirement>, IAuthorizationRequirement
{
    public const string RouteKey = "hubId";

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, HubStaffRequirement requirement)
    {
        var routeHub = context.Resource switch
        {
            string hubId => hubId,
            HttpContext http => http.GetRouteValue(RouteKey) as string,
            _ => null,
        };
        if (routeHub is not null && context.User.IsStaffOf(routeHub))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
