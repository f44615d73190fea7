using System.Net;
using Hubs.Identity.Tests.Infrastructure;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Hubs.Identity.Tests.Flows;

/// <summary>The authorization code flow with PKCE, refresh and end-session, over real HTTP as the portal and a browser use them.</summary>
public sealed class AuthorizationCodeFlowTests(IdentityProviderHost provider) : IClassFixture<IdentityProviderHost>
{
    [Fact]
    public async Task Staff_sign_in_with_a_code_and_PKCE_and_their_tokens_carry_role_and_hub()
    {
        using var browser = provider.BrowserFrom("127.0.0.11");

        var tokens = await browser.SignInAsync("staff.lomazzo", provider.Passwords["staff.lomazzo"]);

        var access = new JsonWebToken(tokens.AccessToken);
        Assert.Equal(provider.Address.ToString(), access.Issuer);
        Assert.Contains("hubs", access.Audiences);
        Assert.Equal("staff.lomazzo", access.Subject);
        Assert.Equal("staff", access.GetClaim("role").Value);
        Assert.Equal("lomazzo", access.GetClaim("hub").Value);
        Assert.Equal("RS256", access.Alg);
        Assert.InRange(tokens.ExpiresIn, 60, 15 * 60);

        var identity = new JsonWebToken(tokens.IdentityToken);
        Assert.Equal(IdentityProviderHost.ClientId, Assert.Single(identity.Audiences));
        Assert.Equal("lomazzo", identity.GetClaim("hub").Value);
        Assert.Equal("nonce-1", identity.GetClaim("nonce").Value);
    }

    [Fact]
    public async Task A_coordinator_gets_the_coordinator_role_and_no_hub()
    {
        using var browser = provider.BrowserFrom("127.0.0.12");

        var access = new JsonWebToken((await browser.SignInAsync("coordinator", provider.Passwords["coordinator"])).AccessToken);

        Assert.Equal("coordinator", access.GetClaim("role").Value);
        Assert.False(access.TryGetClaim("hub", out _));
    }

    [Fact]
    public async Task An_authorization_request_without_a_PKCE_challenge_is_refused()
    {
        using var browser = provider.BrowserFrom("127.0.0.13");

        using var response = await browser.GetAsync(Browser.AuthorizeUrl(challenge: null));

        // Refused on the spot: no login page, no redirect that could carry a code.
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task A_code_is_redeemed_only_with_its_own_verifier_and_only_once()
    {
        using var browser = provider.BrowserFrom("127.0.0.14");
        var (verifier, challenge) = Browser.NewPkce();
        using var authorize = await browser.GetAsync(Browser.AuthorizeUrl(challenge));
        using var login = await browser.SubmitLoginAsync(browser.Absolute(authorize.Headers.Location!), "staff.ivrea", provider.Passwords["staff.ivrea"]);
        var code = await browser.CodeAfterAsync(login.Headers.Location!);

        using var withoutVerifier = await browser.RedeemAsync(code, verifier: null);
        Assert.Equal(HttpStatusCode.BadRequest, withoutVerifier.StatusCode);
        Assert.Equal("invalid_request", await TokenResponse.ErrorAsync(withoutVerifier));

        using var wrongVerifier = await browser.RedeemAsync(code, Browser.NewPkce().Verifier);
        Assert.Equal(HttpStatusCode.BadRequest, wrongVerifier.StatusCode);
        Assert.Equal("invalid_grant", await TokenResponse.ErrorAsync(wrongVerifier));

        using var redeemed = await browser.RedeemAsync(code, verifier);
        Assert.Equal(HttpStatusCode.OK, redeemed.StatusCode);

        using var again = await browser.RedeemAsync(code, verifier);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal("invalid_grant", await TokenResponse.ErrorAsync(again));
    }

    [Fact]
    public async Task A_refresh_token_gives_new_tokens_and_cannot_be_used_twice()
    {
        using var browser = provider.BrowserFrom("127.0.0.15");
        var first = await browser.SignInAsync("staff.novara", provider.Passwords["staff.novara"]);

        using var refreshed = await browser.RefreshAsync(first.RefreshToken);
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        var second = await TokenResponse.ReadAsync(refreshed);
        Assert.NotEqual(first.AccessToken, second.AccessToken);
        Assert.Equal("novara", new JsonWebToken(second.AccessToken).GetClaim("hub").Value);

        // Rolling refresh tokens: the spent one is refused (a stolen copy is worthless once the portal used it). The
        // host sets no reuse leeway; the provider's default of 30 s lets two concurrent refreshes of one session both succeed.
        using var replayed = await browser.RefreshAsync(first.RefreshToken);
        Assert.Equal(HttpStatusCode.BadRequest, replayed.StatusCode);
        Assert.Equal("invalid_grant", await TokenResponse.ErrorAsync(replayed));
    }

    [Fact]
    public async Task End_session_ends_the_providers_session_and_its_refresh_tokens()
    {
        using var browser = provider.BrowserFrom("127.0.0.16");
        var tokens = await browser.SignInAsync("staff.trento", provider.Passwords["staff.trento"]);

        // While the session lasts, a second authorization needs no password.
        using (var again = await browser.GetAsync(Browser.AuthorizeUrl(Browser.NewPkce().Challenge)))
        {
            Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
            Assert.StartsWith(IdentityProviderHost.RedirectUri.ToString(), again.Headers.Location!.ToString(), StringComparison.Ordinal);
        }

        using var endSession = await browser.GetAsync(QueryHelpers.AddQueryString("connect/endsession", new Dictionary<string, string?>
        {
            ["id_token_hint"] = tokens.IdentityToken,
            ["post_logout_redirect_uri"] = IdentityProviderHost.PostLogoutRedirectUri.ToString(),
            ["state"] = "bye",
        }));
        Assert.Equal(HttpStatusCode.Redirect, endSession.StatusCode);
        Assert.StartsWith(IdentityProviderHost.PostLogoutRedirectUri.ToString(), endSession.Headers.Location!.ToString(), StringComparison.Ordinal);

        using var afterwards = await browser.GetAsync(Browser.AuthorizeUrl(Browser.NewPkce().Challenge));
        Assert.Equal(HttpStatusCode.Redirect, afterwards.StatusCode);
        Assert.StartsWith("/login", afterwards.Headers.Location!.ToString(), StringComparison.Ordinal);

        using var refreshed = await browser.RefreshAsync(tokens.RefreshToken);
        Assert.Equal(HttpStatusCode.BadRequest, refreshed.StatusCode);
        Assert.Equal("invalid_grant", await TokenResponse.ErrorAsync(refreshed));
    }

    [Fact]
    public async Task The_login_page_speaks_the_language_the_client_asked_for()
    {
        using var browser = provider.BrowserFrom("127.0.0.17");

        using var english = await browser.GetAsync(Browser.AuthorizeUrl(Browser.NewPkce().Challenge, uiLocales: "en-GB it"));
        using var englishPage = await browser.GetAsync(english.Headers.Location!.ToString());
        using var italian = await browser.GetAsync(Browser.AuthorizeUrl(Browser.NewPkce().Challenge));
        using var italianPage = await browser.GetAsync(italian.Headers.Location!.ToString());

        Assert.Contains("<h1 class=\"h2 mb-3\">Sign in</h1>", await englishPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("<html lang=\"it\">", await italianPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("<h1 class=\"h2 mb-3\">Accedi</h1>", await italianPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
