using System.Net;
using System.Net.Http.Headers;
using Hubs.Identity.Tests.Infrastructure;
using Hubs.ServiceDefaults;
using Hubs.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Hubs.Identity.Tests.Validation;

/// <summary>
/// A service wired with the service defaults, as every Hubs service is, told only the provider's address: it finds the
/// issuer and keys in the discovery document and applies its policies to the provider's tokens. In Development the
/// local signing key of deploy/Hubs.Tokens is accepted beside it.
/// </summary>
public sealed class ServiceValidationTests(IdentityProviderHost provider) : IClassFixture<IdentityProviderHost>, IAsyncLifetime
{
    private readonly string _localKey = TokenIssuer.NewSigningKey();
    private WebApplication _service = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _service = Service(Environments.Development, provider.Address.ToString(), _localKey);
        await _service.StartAsync();
        _client = new HttpClient { BaseAddress = new Uri(_service.Urls.First()) };
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _service.DisposeAsync();
    }

    [Fact]
    public async Task Staff_tokens_from_the_provider_act_for_their_own_hub_only()
    {
        using var browser = provider.BrowserFrom("127.0.0.31");
        var staff = (await browser.SignInAsync("staff.lomazzo", provider.Passwords["staff.lomazzo"])).AccessToken;

        Assert.Equal(HttpStatusCode.OK, await StatusAsync("/api/hubs/lomazzo/things", staff));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync("/api/hubs/ivrea/things", staff));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync("/network", staff));
    }

    [Fact]
    public async Task A_coordinator_token_from_the_provider_reads_the_network_and_acts_for_no_hub()
    {
        using var browser = provider.BrowserFrom("127.0.0.32");
        var coordinator = (await browser.SignInAsync("coordinator", provider.Passwords["coordinator"])).AccessToken;

        Assert.Equal(HttpStatusCode.OK, await StatusAsync("/network", coordinator));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync("/api/hubs/lomazzo/things", coordinator));
    }

    [Fact]
    public async Task Tokens_of_the_command_line_tool_keep_working_in_Development_and_forged_ones_do_not()
    {
        var local = TokenIssuer.Staff(new AuthOptions { SigningKey = _localKey }, "lomazzo");
        var foreign = TokenIssuer.Staff(new AuthOptions { SigningKey = TokenIssuer.NewSigningKey() }, "lomazzo");
        using var browser = provider.BrowserFrom("127.0.0.33");
        var tokens = await browser.SignInAsync("staff.ivrea", provider.Passwords["staff.ivrea"]);

        Assert.Equal(HttpStatusCode.OK, await StatusAsync("/api/hubs/lomazzo/things", local));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync("/api/hubs/lomazzo/things", foreign));
        // The identity token is for the portal (audience test-portal), not for services.
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync("/api/hubs/ivrea/things", tokens.IdentityToken));
        // A provider token with its signature cut off.
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync("/api/hubs/ivrea/things", tokens.AccessToken[..(tokens.AccessToken.LastIndexOf('.') + 1)]));
    }

    [Fact]
    public async Task Outside_Development_the_local_key_is_not_accepted_beside_the_provider()
    {
        // Production wants https; a loopback https address that is never contacted: the local token is refused
        // before any key is needed, because its issuer is not the provider's and no local key is configured.
        await using var production = Service(Environments.Production, "https://127.0.0.1:9/", _localKey);
        await production.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(production.Urls.First()) };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/hubs/lomazzo/things");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TokenIssuer.Staff(new AuthOptions { SigningKey = _localKey }, "lomazzo"));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("Production", "http://127.0.0.1:5000/")]
    [InlineData("Development", "http://identity.example.org/")]
    [InlineData("Development", "not a url")]
    public async Task An_authority_over_http_is_refused_at_start_unless_in_Development_on_loopback(string environment, string authority)
    {
        await using var service = Service(environment, authority, signingKey: null);

        var refused = await Assert.ThrowsAsync<OptionsValidationException>(() => service.StartAsync());

        Assert.Contains("Auth:Authority", refused.Message, StringComparison.Ordinal);
    }

    private static WebApplication Service(string environment, string authority, string? signingKey)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration["Auth:Authority"] = authority;
        if (signingKey is not null)
        {
            builder.Configuration["Auth:SigningKey"] = signingKey;
        }

        builder.AddServiceDefaults();
        var app = builder.Build();
        app.UseHubsProblemDetails();
        app.MapPost("/api/hubs/{hubId}/things", (string hubId) => hubId).RequireAuthorization(Policies.HubStaff);
        app.MapGet("/network", () => "ok").RequireAuthorization(Policies.Coordinator);
        return app;
    }

    private async Task<HttpStatusCode> StatusAsync(string path, string token)
    {
        using var request = new HttpRequestMessage(path == "/network" ? HttpMethod.Get : HttpMethod.Post, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await _client.SendAsync(request);
        return response.StatusCode;
    }
}
