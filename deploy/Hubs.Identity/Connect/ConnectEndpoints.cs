using System.Security.Claims;
using Hubs.Identity.Accounts;
using Hubs.Identity.Provider;
using Hubs.ServiceDefaults.Security;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Hubs.Identity.Connect;

/// <summary>
/// The OpenID Connect endpoints whose protocol OpenIddict handles and whose decisions are ours: who is signed in,
/// which claims their tokens carry, and ending the session.
/// </summary>
public static class ConnectEndpoints
{
    public const string Authorize = "/connect/authorize";
    public const string Token = "/connect/token";
    public const string EndSession = "/connect/endsession";
    public const string SignedOut = "/signed-out";

    public static IEndpointRouteBuilder MapConnectEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapMethods(Authorize, [HttpMethods.Get, HttpMethods.Post], AuthorizeAsync).DisableAntiforgery();
        app.MapPost(Token, ExchangeAsync).DisableAntiforgery();
        app.MapMethods(EndSession, [HttpMethods.Get, HttpMethods.Post], EndSessionAsync).DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> AuthorizeAsync(HttpContext context, AccountBook accounts, IOptions<ProviderOptions> options)
    {
        var request = context.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("OpenIddict did not pass the authorization request on.");
        var session = await context.AuthenticateAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        var account = session.Succeeded ? accounts.Find(session.Principal?.FindFirstValue(Claims.Subject)) : null;
        if (account is null || request.HasPromptValue(PromptValues.Login))
        {
            if (request.HasPromptValue(PromptValues.None))
            {
                return Refuse(Errors.LoginRequired, "Nobody is signed in.");
            }

            // Back here after the login page, with the same request (less prompt=login, or it would loop).
            var parameters = request.GetParameters()
                .Where(p => p.Key != Parameters.Prompt)
                .Select(p => KeyValuePair.Create(p.Key, (string?)p.Value.ToString()));
            var back = context.Request.PathBase + context.Request.Path + QueryString.Create(parameters);
            var login = QueryString.Create([
                KeyValuePair.Create("ReturnUrl", (string?)back),
                .. Culture(request) is { } culture ? [KeyValuePair.Create("culture", (string?)culture)] : Array.Empty<KeyValuePair<string, string?>>(),
            ]);
            return Results.Redirect(context.Request.PathBase + "/login" + login);
        }

        return Results.SignIn(Principal(account, request.GetScopes(), options.Value), properties: null,
            OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static async Task<IResult> ExchangeAsync(HttpContext context, AccountBook accounts, IOptions<ProviderOptions> options)
    {
        var request = context.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("OpenIddict did not pass the token request on.");
        if (!request.IsAuthorizationCodeGrantType() && !request.IsRefreshTokenGrantType())
        {
            return Refuse(Errors.UnsupportedGrantType, "Only the authorization code and refresh token grants are offered.");
        }

        // The code or refresh token was validated by OpenIddict (signature, expiry, PKCE, client, not revoked).
        var granted = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        var account = accounts.Find(granted.Principal?.GetClaim(Claims.Subject));
        if (account is null)
        {
            return Refuse(Errors.InvalidGrant, "The account no longer exists.");
        }

        // Claims are taken from the account again, so a changed role or hub applies at the next refresh.
        return Results.SignIn(Principal(account, granted.Principal!.GetScopes(), options.Value), properties: null,
            OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static async Task<IResult> EndSessionAsync(HttpContext context, IOpenIddictAuthorizationManager authorizations)
    {
        // The id_token_hint names the authorization the client's tokens belong to: revoking it makes its refresh
        // tokens useless, so a signed-out portal session cannot be revived with a stolen refresh token.
        var hint = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        if (hint.Principal?.GetAuthorizationId() is { } authorizationId
            && await authorizations.FindByIdAsync(authorizationId) is { } authorization)
        {
            await authorizations.TryRevokeAsync(authorization);
        }

        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        // To the client's registered post_logout_redirect_uri when it sent one, else to our own page.
        return Results.SignOut(new AuthenticationProperties { RedirectUri = SignedOut },
            [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    /// <summary>The identity the tokens describe: the claims every service reads (<c>sub</c>, <c>role</c>, <c>hub</c>) and a display name.</summary>
    private static ClaimsPrincipal Principal(Account account, IEnumerable<string> scopes, ProviderOptions options)
    {
        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, account.UserName)
            .SetClaim(Claims.Name, account.DisplayName)
            .SetClaim(HubsClaims.Role, account.Role);
        if (account.Hub is not null)
        {
            identity.SetClaim(HubsClaims.Hub, account.Hub);
        }

        identity.SetScopes(scopes);
        identity.SetResources(options.Audience);
        // Services read role and hub from the access token; the client reads them (and the name) from the identity token.
        identity.SetDestinations(_ => [Destinations.AccessToken, Destinations.IdentityToken]);
        return new ClaimsPrincipal(identity);
    }

    private static IResult Refuse(string error, string description) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);

    /// <summary>The first of the client's ui_locales we speak.</summary>
    private static string? Culture(OpenIddictRequest request) =>
        request.GetParameter(Parameters.UiLocales)?.ToString()?
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(tag => tag.Split('-')[0].ToLowerInvariant())
            .FirstOrDefault(tag => ProviderRegistration.Cultures.Any(c => c.Name == tag));
}
