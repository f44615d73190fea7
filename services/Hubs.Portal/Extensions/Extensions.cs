using System.Globalization;
using Hubs.Portal.Auth;
using Hubs.Portal.Gateway;
using Hubs.Portal.Localization;
using Hubs.Portal.Security;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Hubs.Portal.Extensions;

public static class Extensions
{
    /// <summary>Pages rendered on the server, Italian and English, and typed clients of the gateway (the only host the portal calls).</summary>
    public static void AddPortalServices(this WebApplicationBuilder builder)
    {
        // Serves wwwroot (with its build-time compressed copies) from a build as well as from a publish, in every
        // environment: the tests and ./run.sh start the built binaries, not a published folder.
        builder.WebHost.UseStaticWebAssets();
        // A build (not a publish) would otherwise be served in "hot reload" mode: every asset marked no-cache and its
        // compressed copy replaced by an uncompressed gzip stream made on each request (610 KB of CSS per page). The
        // fingerprinted files of the build are what we serve: cached for a year, compressed at build.
        builder.Configuration["ReloadStaticAssetsAtRuntime"] ??= "false";
        builder.Services.AddRazorComponents();
        // Pages compressed on the fly (the static assets are compressed at build). The antiforgery token in a form is
        // encrypted with a fresh IV on every response, so compression does not leak it (BREACH).
        builder.Services.AddResponseCompression(options => options.EnableForHttps = true);
        builder.Services.AddLocalization();
        builder.Services.Configure<RequestLocalizationOptions>(PortalCultures.Configure);
        builder.Services.AddAntiforgery(options =>
        {
            options.Cookie.Name = ".Hubs.Antiforgery";
            options.Cookie.SameSite = SameSiteMode.Strict;
        });
        builder.Services.AddGatewayClients(builder.Configuration);
        builder.AddPortalSignIn();
        builder.Services.AddStaffGatewayClients();
        builder.Services.AddNetworkGatewayClients();
        builder.Services.AddSingleton<NodaTime.IClock>(NodaTime.SystemClock.Instance);
        // The gateway forwards the visitor's host and scheme: links the portal writes (the manage link) are the gateway's.
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost);
    }

    public static void UsePortalPipeline(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseResponseCompression();
        // A failure of the gateway (503/504, no answer) or its rate limit (429) is a page that says so, never internals.
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/error",
            CreateScopeForErrors = true,
            StatusCodeSelector = GatewayFailureException.StatusCodeOf,
        });
        app.UseStatusCodePagesWithReExecute("/error", "?status={0}", createScopeForStatusCodePages: true);
        app.UseMiddleware<ContentSecurityPolicy>();
        app.UseRequestLocalization(app.Services.GetRequiredService<IOptions<RequestLocalizationOptions>>().Value);
        app.UsePortalSignIn();
        app.UseAntiforgery();
    }
}

/// <summary>The cultures of the pages: Italian by default, English by choice.</summary>
public static class PortalCultures
{
    public static readonly CultureInfo Italian = CultureInfo.GetCultureInfo("it-IT");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static void Configure(RequestLocalizationOptions options)
    {
        CultureInfo[] supported = [Italian, English];
        options.DefaultRequestCulture = new Microsoft.AspNetCore.Localization.RequestCulture(Italian);
        options.SupportedCultures = supported;
        options.SupportedUICultures = supported;
        // Only the remembered choice: a browser set to English still gets Italian until the visitor switches.
        options.RequestCultureProviders = [new Microsoft.AspNetCore.Localization.CookieRequestCultureProvider { CookieName = CultureSwitch.CookieName }];
    }
}
