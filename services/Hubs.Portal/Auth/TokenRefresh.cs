using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;

namespace Hubs.Portal.Auth;

/// <summary>
/// At every request of a signed-in person: an access token that expires within <see cref="SignInOptions.RefreshBefore"/>
/// is exchanged, with the refresh token, for a new pair before the page calls the gateway, and the cookie is written
/// again. A refresh the provider refuses (revoked, expired, account gone) ends the session: the next page asks to sign in.
/// </summary>
internal static class TokenRefresh
{
    public const string AccessToken = "access_token";
    public const string RefreshToken = "refresh_token";
    public const string ExpiresAt = "expires_at";

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var settings = services.GetRequiredService<IOptions<SignInOptions>>().Value;
        var clock = services.GetService<TimeProvider>() ?? TimeProvider.System;
        var tokens = context.Properties;
        if (!DateTimeOffset.TryParse(tokens.GetTokenValue(ExpiresAt), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var expiresAt)
            || expiresAt - clock.GetUtcNow() > settings.RefreshBefore)
        {
            return;
        }

        var refreshed = await RefreshAsync(context.HttpContext, tokens.GetTokenValue(RefreshToken));
        if (refreshed is null)
        {
            if (expiresAt <= clock.GetUtcNow())
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            }

            return;
        }

        tokens.UpdateTokenValue(AccessToken, refreshed.AccessToken);
        if (refreshed.RefreshToken is { } rolled)
        {
            tokens.UpdateTokenValue(RefreshToken, rolled);
        }

        if (refreshed.IdToken is { } idToken)
        {
            tokens.UpdateTokenValue("id_token", idToken);
        }

        tokens.UpdateTokenValue(ExpiresAt, clock.GetUtcNow().AddSeconds(refreshed.ExpiresIn).ToString("o", CultureInfo.InvariantCulture));
        context.ShouldRenew = true;
    }

    /// <summary>The new tokens, or null when there is no refresh token or the provider refused it (or could not be reached).</summary>
    private static async Task<Refreshed?> RefreshAsync(HttpContext http, string? refreshToken)
    {
        if (string.IsNullOrEmpty(refreshToken))
        {
            return null;
        }

        var services = http.RequestServices;
        var oidc = services.GetService<IOptionsMonitor<OpenIdConnectOptions>>()?.Get(OpenIdConnectDefaults.AuthenticationScheme);
        if (oidc?.ConfigurationManager is null)
        {
            return null;
        }

        try
        {
            var configuration = await oidc.ConfigurationManager.GetConfigurationAsync(http.RequestAborted);
            using var request = new HttpRequestMessage(HttpMethod.Post, configuration.TokenEndpoint)
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["grant_type"] = "refresh_token",
                    ["refresh_token"] = refreshToken,
                    ["client_id"] = oidc.ClientId!,
                    ["client_secret"] = oidc.ClientSecret ?? "",
                }),
            };
            using var response = await oidc.Backchannel.SendAsync(request, http.RequestAborted);
            if (!response.IsSuccessStatusCode)
            {
                services.GetRequiredService<ILogger<SignInOptions>>().LogInformation("The provider refused a refresh ({Status}); the session ends", (int)response.StatusCode);
                return null;
            }

            using var body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(http.RequestAborted), cancellationToken: http.RequestAborted);
            var root = body.RootElement;
            return new Refreshed(
                root.GetProperty(AccessToken).GetString()!,
                root.TryGetProperty(RefreshToken, out var r) ? r.GetString() : null,
                root.TryGetProperty("id_token", out var i) ? i.GetString() : null,
                root.TryGetProperty("expires_in", out var e) && e.TryGetInt32(out var seconds) ? seconds : 300);
        }
        catch (Exception ex) when (ex is HttpRequestException or InvalidOperationException or JsonException or KeyNotFoundException or TaskCanceledException)
        {
            services.GetRequiredService<ILogger<SignInOptions>>().LogWarning(ex, "The provider could not refresh a session's tokens");
            return null;
        }
    }

    private sealed record Refreshed(string AccessToken, string? RefreshToken, string? IdToken, int ExpiresIn);
}
