using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.ServiceDefaults.Security;

/// <summary>
/// A 403 from a policy says who the caller may act for and what the endpoint needs, instead of a bare "Forbidden":
/// staff of Lomazzo writing at Ivrea learn that the write needs staff of Ivrea. Everything else (401 challenges,
/// successes) is left to the framework's handler.
/// </summary>
internal sealed class ForbiddenExplanation : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _framework = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (!authorizeResult.Forbidden || context.User.Identity?.IsAuthenticated != true)
        {
            await _framework.HandleAsync(next, context, policy, authorizeResult);
            return;
        }

        var needs = Needs(policy, context);
        var actsFor = ActsFor(context);
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status403Forbidden,
                Title = "Forbidden",
                Detail = string.Create(CultureInfo.InvariantCulture, $"This endpoint needs {needs}; your token is {actsFor}."),
                Extensions =
                {
                    ["required"] = needs,
                    ["actingFor"] = context.User.StaffHub(),
                    ["role"] = context.User.FindFirst(HubsClaims.Role)?.Value,
                },
            },
        });
    }

    /// <summary>What the caller's token lets it act as, in words.</summary>
    internal static string ActsFor(HttpContext context) => context.User switch
    {
        var u when u.StaffHub() is { } hub => $"staff of hub '{hub}', and may act for that hub only",
        var u when u.IsCoordinator() => "a network coordinator's, which reads network data but acts for no hub",
        var u => $"of role '{u.FindFirst(HubsClaims.Role)?.Value ?? "none"}', which acts for no hub",
    };

    private static string Needs(AuthorizationPolicy policy, HttpContext context)
    {
        foreach (var requirement in policy.Requirements)
        {
            switch (requirement)
            {
                case HubStaffRequirement:
                    return context.GetRouteValue(HubStaffRequirement.RouteKey) is string hub
                        ? $"staff of hub '{hub}' (a token with role=staff and hub={hub})"
                        : "staff of the hub in the route (a token with role=staff and that hub)";
                case RolesAuthorizationRequirement { AllowedRoles: var roles } when roles.Contains(HubsClaims.CoordinatorRole):
                    return "a network coordinator (a token with role=coordinator)";
                case RolesAuthorizationRequirement { AllowedRoles: var roles } when roles.Contains(HubsClaims.StaffRole):
                    return "staff of a hub (a token with role=staff and hub=<its id>)";
            }
        }

        return "a caller this endpoint's policy admits";
    }
}
