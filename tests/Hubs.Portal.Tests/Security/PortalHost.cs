using System.Net;
using System.Net.Sockets;
using System.Security.Claims;
using Hubs.Portal.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Hubs.Portal.Tests.Security;

/// <summary>
/// The portal on a real loopback socket, signing people in at <see cref="Authority"/> (whose metadata is given rather
/// than fetched: the challenge is a redirect there, nothing more is asked of it). Its gateway is the portal's own
/// address, so every API call the pages make gets a quick 404 instead of a wait for a gateway that is not there.
/// Sessions are real cookies sealed with the portal's own keys (<see cref="SessionCookie"/>).
/// </summary>
public sealed class PortalHost : WebApplicationFactory<Program>
{
    public const string Authority = "http://127.0.0.1:9/";

    private readonly int _port = FreePort();

    public Uri Address => new($"http://127.0.0.1:{_port}/");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Auth:Authority", Authority);
        builder.UseSetting("Oidc:ClientSecret", "portal-test-secret");
        builder.UseSetting("Gateway:BaseUrl", Address.ToString());
        builder.ConfigureServices(services => services.PostConfigure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, oidc =>
        {
            oidc.Configuration = new OpenIdConnectConfiguration
            {
                Issuer = Authority,
                AuthorizationEndpoint = Authority + "connect/authorize",
                TokenEndpoint = Authority + "connect/token",
                EndSessionEndpoint = Authority + "connect/endsession",
            };
            oidc.ConfigurationManager = new Microsoft.IdentityModel.Protocols.StaticConfigurationManager<OpenIdConnectConfiguration>(oidc.Configuration);
        }));
        this.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, _port));
    }

    /// <summary>A browser without automatic redirects, signed in as <paramref name="claims"/> when given.</summary>
    public HttpClient Browser(params Claim[] claims)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = Address };
        if (claims.Length > 0)
        {
            client.DefaultRequestHeaders.Add("Cookie", $"{SignInRegistration.CookieName}={SessionCookie(claims)}");
        }

        return client;
    }

    /// <summary>The portal's own session cookie for a person with these claims, as the sign-in would have written it.</summary>
    public string SessionCookie(params Claim[] claims)
    {
        var cookie = Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(CookieAuthenticationDefaults.AuthenticationScheme);
        var identity = new ClaimsIdentity(claims, "oidc", "name", "role");
        var ticket = new AuthenticationTicket(new ClaimsPrincipal(identity), new AuthenticationProperties(), CookieAuthenticationDefaults.AuthenticationScheme);
        return cookie.TicketDataFormat.Protect(ticket);
    }

    public static Claim[] Staff(string hubId) => [new("sub", "staff." + hubId), new("name", "Staff " + hubId), new("role", "staff"), new("hub", hubId)];

    public static Claim[] Coordinator() => [new("sub", "coordinator"), new("name", "Coordinamento"), new("role", "coordinator")];

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
