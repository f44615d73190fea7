using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Hubs.Portal.Auth;

/// <summary>
/// A signed-in person refused by a page's policy gets a 403 whose page (re-executed by the status code pages) says
/// whose pages these are and where theirs are. Nobody signed in is sent to sign in, as the framework does.
/// </summary>
internal sealed class PageRefusal : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _framework = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden && context.User.Identity?.IsAuthenticated == true)
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        }

        return _framework.HandleAsync(next, context, policy, authorizeResult);
    }
}
