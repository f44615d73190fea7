using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.WebUtilities;

namespace Hubs.Portal.Auth;

/// <summary>
/// A form sent after the session ended (the cookie expired, or the provider refused to refresh it) cannot be carried
/// through the sign-in: the browser comes back from the provider with a GET. So the way back names it
/// (<c>?session=expired</c>) and the page says plainly that what was typed was not saved and must be entered again
/// (<see cref="Components.Layout.SessionExpiredNotice"/>), instead of showing an empty form as if nothing happened.
/// </summary>
internal static class ExpiredSession
{
    public const string QueryName = "session";
    public const string QueryValue = "expired";

    public static Task MarkAsync(RedirectContext context)
    {
        if (HttpMethods.IsPost(context.Request.Method) && context.Properties.RedirectUri is { } back && back.StartsWith('/'))
        {
            context.Properties.RedirectUri = QueryHelpers.AddQueryString(back, QueryName, QueryValue);
        }

        return Task.CompletedTask;
    }
}
