using System.Globalization;
using Hubs.Identity.Accounts;
using Hubs.Identity.Connect;
using Hubs.Identity.SignIn;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Hubs.Identity.Provider;

public static class ProviderRegistration
{
    /// <summary>The provider's own session with the browser (not the portal's): the one that end-session closes.</summary>
    public const string SessionCookie = "hubs-identity";

    public static readonly CultureInfo[] Cultures = [new("it"), new("en")];

    public static WebApplicationBuilder AddIdentityProvider(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ProviderOptions>().Bind(builder.Configuration.GetSection(ProviderOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SignInThrottleOptions>().Bind(builder.Configuration.GetSection(SignInThrottleOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<AccountBook>();
        services.AddSingleton<SignInThrottle>();
        services.AddHostedService<ClientCatalogue>();

        services.AddDbContext<ProviderDbContext>((provider, db) =>
        {
            db.UseSqlite($"Data Source={provider.GetRequiredService<IOptions<ProviderOptions>>().Value.Database}");
            db.UseOpenIddict();
        });

        var settings = builder.Configuration.GetSection(ProviderOptions.Section).Get<ProviderOptions>() ?? new ProviderOptions();
        var development = builder.Environment.IsDevelopment();
        services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<ProviderDbContext>())
            .AddServer(server =>
            {
                server.SetAuthorizationEndpointUris(ConnectEndpoints.Authorize)
                    .SetTokenEndpointUris(ConnectEndpoints.Token)
                    .SetEndSessionEndpointUris(ConnectEndpoints.EndSession);
                server.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange().AllowRefreshTokenFlow();
                // PKCE with S256 only: "plain" would hand the verifier to anyone who sees the authorization request.
                server.Configure(openIddict => openIddict.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain));
                server.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.Roles, Scopes.OfflineAccess);
                server.SetAccessTokenLifetime(settings.AccessTokenLifetime).SetRefreshTokenLifetime(settings.RefreshTokenLifetime)
                    .SetRefreshTokenReuseLeeway(settings.RefreshTokenReuseLeeway);
                // Services validate plain signed JWTs from the discovery document's keys, like any provider's.
                server.DisableAccessTokenEncryption();
                if (settings.Issuer is not null)
                {
                    server.SetIssuer(settings.Issuer);
                }

                if (string.IsNullOrWhiteSpace(settings.KeysDirectory))
                {
                    server.AddEphemeralSigningKey().AddEphemeralEncryptionKey();
                }
                else
                {
                    server.AddSigningKey(ProviderKeys.LoadOrCreate(settings.KeysDirectory, "signing"))
                        .AddEncryptionKey(ProviderKeys.LoadOrCreate(settings.KeysDirectory, "encryption"));
                }

                var aspNetCore = server.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough();
                if (development)
                {
                    // The local run speaks http on loopback; outside Development the provider requires https.
                    aspNetCore.DisableTransportSecurityRequirement();
                }
            });

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(CookieAuthenticationDefaults.AuthenticationScheme, cookie =>
            {
                cookie.Cookie.Name = SessionCookie;
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.Cookie.SecurePolicy = development ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
                cookie.LoginPath = "/login";
                cookie.ExpireTimeSpan = settings.RefreshTokenLifetime;
                cookie.SlidingExpiration = false;
            });
        services.AddAuthorization();

        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(localization =>
        {
            localization.DefaultRequestCulture = new RequestCulture(Cultures[0]);
            localization.SupportedCultures = Cultures;
            localization.SupportedUICultures = Cultures;
            // ?culture= (the login page's links, and ui_locales passed on by the authorize endpoint), then the
            // browser's languages; Italian when neither says.
            localization.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        services.AddRazorPages().AddViewLocalization();
        // Cookies on 127.0.0.1 are shared by every port of the local run: names of our own, not the portal's.
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = SessionCookie + "-antiforgery";
            antiforgery.Cookie.SecurePolicy = development ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        });
        return builder;
    }

    public static WebApplication MapIdentityProvider(this WebApplication app)
    {
        app.UseMiddleware<PageSecurityHeaders>();
        app.UseStaticFiles();
        app.UseRequestLocalization();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapConnectEndpoints();
        app.MapRazorPages();
        return app;
    }
}
