using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;

namespace Hubs.ServiceDefaults.Security;

/// <summary>
/// Open to anonymous callers, but a caller who presents a bearer token that fails validation (malformed, expired,
/// wrongly signed) gets 401 rather than being served as anonymous: a broken client should learn it at once.
/// </summary>
public sealed class ValidCredentialsRequirement : AuthorizationHandler<ValidCredentialsRequirement>, IAuthorizationRequirement
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ValidCredentialsRequirement requirement)
    {
        var presented = (context.Resource as HttpContext)?.Request.Headers.Authorization.Count > 0;
        if (!presented || context.User.Identity?.IsAuthenticated == true)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
