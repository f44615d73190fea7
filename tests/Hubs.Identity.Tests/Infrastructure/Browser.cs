using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Hubs.Gateway.Tests.Infrastructure;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.IdentityModel.Tokens;

namespace Hubs.Identity.Tests.Infrastructure;

/// <summary>
/// What a browser and the portal do in the authorization code flow, over real HTTP: cookies kept, redirects looked at
/// one by one, the login form filled in with its antiforgery token, the code redeemed with the PKCE verifier.
/// </summary>
public sealed partial class Browser : IDisposable
{
    private readonly HttpClient _http;

    public Browser(IdentityProviderHost provider, string localAddress, TimeSpan? timeout = null)
    {
        _http = LoopbackClients.From(localAddress, provider.Address, configure: handler =>
        {
            handler.AllowAutoRedirect = false;
            handler.UseCookies = true;
            handler.CookieContainer = new CookieContainer();
        });
        // A shared machine under load answers slowly; a test fails on a wrong answer, not a late one.
        _http.Timeout = timeout ?? TimeSpan.FromMinutes(2);
    }

    /// <summary>A fresh PKCE pair: the verifier kept by the client, its S256 challenge sent with the authorization request.</summary>
    public static (string Verifier, string Challenge) NewPkce()
    {
        var verifier = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        return (verifier, Base64UrlEncoder.Encode(SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(verifier))));
    }

    public static string AuthorizeUrl(string? challenge, string state = "state-1", string? uiLocales = null)
    {
        var query = new Dictionary<string, string?>
        {
            ["client_id"] = IdentityProviderHost.ClientId,
            ["redirect_uri"] = IdentityProviderHost.RedirectUri.ToString(),
            ["response_type"] = "code",
            ["scope"] = "openid profile roles offline_access",
            ["state"] = state,
            ["nonce"] = "nonce-1",
        };
        if (challenge is not null)
        {
            query["code_challenge"] = challenge;
            query["code_challenge_method"] = "S256";
        }

        if (uiLocales is not null)
        {
            query["ui_locales"] = uiLocales;
        }

        return QueryHelpers.AddQueryString("connect/authorize", query);
    }

    public Task<HttpResponseMessage> GetAsync(string url) => _http.GetAsync(url);

    /// <summary>Posts the login page at <paramref name="loginUrl"/> (fetched first, for its antiforgery token).</summary>
    public async Task<HttpResponseMessage> SubmitLoginAsync(Uri loginUrl, string userName, string password)
    {
        using var page = await _http.GetAsync(loginUrl);
        var html = await page.Content.ReadAsStringAsync();
        var token = AntiforgeryField().Match(html);
        Assert.True(token.Success, "the login page has an antiforgery token");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName,
            ["Password"] = password,
            ["ReturnUrl"] = WebUtility.HtmlDecode(ReturnUrlField().Match(html).Groups[1].Value),
            ["__RequestVerificationToken"] = token.Groups[1].Value,
        });
        return await _http.PostAsync(loginUrl, form);
    }

    /// <summary>The whole flow for one person: authorize → login → authorize again → code → tokens.</summary>
    public async Task<TokenResponse> SignInAsync(string userName, string password)
    {
        var (verifier, challenge) = NewPkce();
        using var authorize = await _http.GetAsync(AuthorizeUrl(challenge));
        Assert.Equal(HttpStatusCode.Redirect, authorize.StatusCode);
        using var login = await SubmitLoginAsync(Absolute(authorize.Headers.Location!), userName, password);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var code = await CodeAfterAsync(login.Headers.Location!);
        using var redeemed = await RedeemAsync(code, verifier);
        Assert.Equal(HttpStatusCode.OK, redeemed.StatusCode);
        return await TokenResponse.ReadAsync(redeemed);
    }

    /// <summary>Follows the provider's redirects from <paramref name="location"/> until it sends the browser back to the client with a code.</summary>
    public async Task<string> CodeAfterAsync(Uri location)
    {
        var callback = await BackToClientAsync(location);
        var query = QueryHelpers.ParseQuery(callback.Query);
        Assert.True(query.ContainsKey("code"), $"expected a code, got {callback}");
        return query["code"]!;
    }

    /// <summary>Follows redirects within the provider; returns the first one that leaves it (to the client).</summary>
    public async Task<Uri> BackToClientAsync(Uri location)
    {
        for (var hops = 0; hops < 5; hops++)
        {
            var target = Absolute(location);
            if (target.Authority != _http.BaseAddress!.Authority)
            {
                return target;
            }

            using var response = await _http.GetAsync(target);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            location = response.Headers.Location!;
        }

        throw new InvalidOperationException("Too many redirects inside the provider.");
    }

    public Task<HttpResponseMessage> RedeemAsync(string code, string? verifier) => TokenRequestAsync(new Dictionary<string, string>
    {
        ["grant_type"] = "authorization_code",
        ["code"] = code,
        ["redirect_uri"] = IdentityProviderHost.RedirectUri.ToString(),
        ["code_verifier"] = verifier ?? "",
    });

    public Task<HttpResponseMessage> RefreshAsync(string refreshToken) => TokenRequestAsync(new Dictionary<string, string>
    {
        ["grant_type"] = "refresh_token",
        ["refresh_token"] = refreshToken,
    });

    public Uri Absolute(Uri location) => location.IsAbsoluteUri ? location : new Uri(_http.BaseAddress!, location);

    public void Dispose() => _http.Dispose();

    private async Task<HttpResponseMessage> TokenRequestAsync(Dictionary<string, string> form)
    {
        form["client_id"] = IdentityProviderHost.ClientId;
        form["client_secret"] = IdentityProviderHost.ClientSecret;
        if (form.TryGetValue("code_verifier", out var verifier) && verifier.Length == 0)
        {
            form.Remove("code_verifier");
        }

        using var content = new FormUrlEncodedContent(form);
        return await _http.PostAsync("connect/token", content);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("name=\"ReturnUrl\" value=\"([^\"]*)\"")]
    private static partial Regex ReturnUrlField();
}

public sealed record TokenResponse(string AccessToken, string IdentityToken, string RefreshToken, int ExpiresIn)
{
    public static async Task<TokenResponse> ReadAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        return new TokenResponse(
            root.GetProperty("access_token").GetString()!,
            root.GetProperty("id_token").GetString()!,
            root.GetProperty("refresh_token").GetString()!,
            root.GetProperty("expires_in").GetInt32());
    }

    public static async Task<string> ErrorAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("error").GetString()!;
    }
}
