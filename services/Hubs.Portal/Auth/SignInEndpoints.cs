using Hubs.ServiceDefaults.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Portal.Auth;

/// <summary>Signing in (a link), signing out (a form: it ends the provider's session too), and each person's own start page.</summary>
public static class SignInEndpoints
{
    public const string SignIn = "/signin";
    public const string SignOut = "/signout";
    public const string Unavailable = "/signin/unavailable";

    /// <summary>Where a person lands after signing in: staff on their hub's day, a coordinator on the network's pages.</summary>
    public const string Start = "/start";

    public static IEndpointRouteBuilder MapPortalSignIn(this IEndpointRouteBuilder app)
    {
        app.MapGet(SignIn, (string? returnUrl) => Results.Challenge(new AuthenticationProperties { RedirectUri = Local(returnUrl) }))
            .RequireAuthorization(PortalPolicies.Public);

        // A form with the antiforgery token: no other site can sign a person out. The provider's end-session ends its
        // own session and revokes the refresh tokens, then sends the browser back to /signout-callback-oidc and home.
        app.MapPost(SignOut, async (HttpContext http, Microsoft.AspNetCore.Antiforgery.IAntiforgery antiforgery) =>
        {
            if (!await antiforgery.IsRequestValidAsync(http))
            {
                return Results.BadRequest();
            }

            var schemes = await http.RequestServices.GetRequiredService<IAuthenticationSchemeProvider>().GetSchemeAsync(OpenIdConnectDefaults.AuthenticationScheme) is null
                ? new[] { CookieAuthenticationDefaults.AuthenticationScheme }
                : [CookieAuthenticationDefaults.AuthenticationScheme, OpenIdConnectDefaults.AuthenticationScheme];
            return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, schemes);
        }).RequireAuthorization(PortalPolicies.Public);

        app.MapGet(Start, (HttpContext http) => http.User switch
        {
            var user when user.StaffHub() is { } hub => Results.Redirect(StaffPaths.Today(hub)),
            var user when user.IsCoordinator() => Results.Redirect(NetworkPath),
            _ => Results.Redirect("/"),
        }).RequireAuthorization(PortalPolicies.SignedIn);
        return app;
    }

    /// <summary>The coordinator's pages (issue 14).</summary>
    public const string NetworkPath = "/network";

    /// <summary>Only a path of this site: never a redirect to another host.</summary>
    public static string Local([FromQuery] string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : Start;
}
