using Hubs.ServiceDefaults.Security;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Hubs.Portal.Auth;

/// <summary>
/// Staff and coordinators sign in at the OpenID Connect provider (<c>Auth:Authority</c>): authorization code with PKCE,
/// a confidential client, the tokens kept in the portal's own HttpOnly cookie and refreshed before they expire, and
/// every call the pages make to the gateway carrying the person's access token.
/// </summary>
public static class SignInRegistration
{
    public const string CookieName = ".Hubs.Session";

    /// <summary>Where the provider sends the browser back; registered at the provider as <c>{gateway}/signin-oidc</c>.</summary>
    public const string CallbackPath = "/signin-oidc";

    public const string SignedOutCallbackPath = "/signout-callback-oidc";

    /// <summary>Who the person is (openid, profile), their role and hub (roles), and a refresh token (offline_access).</summary>
    private static readonly string[] Scopes = ["openid", "profile", "roles", "offline_access"];

    public static WebApplicationBuilder AddPortalSignIn(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var development = builder.Environment.IsDevelopment();
        services.AddOptions<SignInOptions>().Bind(builder.Configuration.GetSection(SignInOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        var settings = builder.Configuration.GetSection(SignInOptions.Section).Get<SignInOptions>() ?? new SignInOptions();
        var authority = builder.Configuration[$"{AuthOptions.Section}:{nameof(AuthOptions.Authority)}"];

        var authentication = services.AddAuthentication(options =>
        {
            // Replaces the services' bearer defaults (AddServiceDefaults): a page reads the cookie session.
            options.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
            options.DefaultChallengeScheme = string.IsNullOrWhiteSpace(authority)
                ? CookieAuthenticationDefaults.AuthenticationScheme
                : OpenIdConnectDefaults.AuthenticationScheme;
        });
        authentication.AddCookie(CookieAuthenticationDefaults.AuthenticationScheme, cookie =>
        {
            cookie.Cookie.Name = CookieName;
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = development ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            cookie.ExpireTimeSpan = settings.SessionLifetime;
            cookie.SlidingExpiration = false;
            // Without a provider nobody can sign in: the page says so instead of failing.
            cookie.LoginPath = SignInEndpoints.Unavailable;
            cookie.Events.OnValidatePrincipal = TokenRefresh.ValidateAsync;
        });

        if (!string.IsNullOrWhiteSpace(authority))
        {
            authentication.AddOpenIdConnect(OpenIdConnectDefaults.AuthenticationScheme, oidc =>
            {
                oidc.Authority = authority;
                oidc.RequireHttpsMetadata = !(Uri.TryCreate(authority, UriKind.Absolute, out var uri) && AuthorityValidation.AllowsHttp(uri, builder.Environment));
                oidc.ClientId = settings.ClientId;
                oidc.ClientSecret = settings.ClientSecret;
                oidc.ResponseType = OpenIdConnectResponseType.Code;
                oidc.UsePkce = true;
                // The code comes back in a plain GET redirect: the correlation cookies can stay SameSite=Lax (a form_post
                // from the provider's origin would need SameSite=None, which browsers drop on http).
                oidc.ResponseMode = OpenIdConnectResponseMode.Query;
                oidc.CallbackPath = CallbackPath;
                oidc.SignedOutCallbackPath = SignedOutCallbackPath;
                oidc.SignedOutRedirectUri = "/";
                oidc.Scope.Clear();
                foreach (var scope in Scopes)
                {
                    oidc.Scope.Add(scope);
                }

                oidc.SaveTokens = true;
                oidc.GetClaimsFromUserInfoEndpoint = false;
                // Our claim names as they are on the wire: role, hub, sub, name (decision 0014).
                oidc.MapInboundClaims = false;
                oidc.TokenValidationParameters.RoleClaimType = HubsClaims.Role;
                oidc.TokenValidationParameters.NameClaimType = "name";
                oidc.CorrelationCookie.SameSite = SameSiteMode.Lax;
                oidc.NonceCookie.SameSite = SameSiteMode.Lax;
                oidc.CorrelationCookie.SecurePolicy = development ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
                oidc.NonceCookie.SecurePolicy = development ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
                // The session ends with the refresh token's day, not with the first access token's 15 minutes.
                oidc.UseTokenLifetime = false;
                oidc.Events.OnRedirectToIdentityProvider = async context =>
                {
                    await SignInLanguage.PassOnAsync(context);
                    await ExpiredSession.MarkAsync(context);
                };
            });
        }

        services.AddAuthorizationBuilder()
            .AddPolicy(PortalPolicies.Public, policy => policy.RequireAssertion(_ => true))
            .AddPolicy(PortalPolicies.SignedIn, policy => policy.RequireAuthenticatedUser())
            .AddPolicy(PortalPolicies.StaffOfHub, policy => policy.RequireAuthenticatedUser().AddRequirements(new HubStaffRequirement()))
            .AddPolicy(PortalPolicies.Coordinator, policy => policy.RequireAuthenticatedUser().RequireRole(HubsClaims.CoordinatorRole));
        // A refusal is a page saying whose pages these are (403), not the services' problem document.
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, PageRefusal>();
        services.AddCascadingAuthenticationState();
        services.AddTransient<UserAccessToken>();
        return builder;
    }

    public static WebApplication UsePortalSignIn(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }
}
