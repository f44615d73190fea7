using System.Net;
using System.Net.Http.Headers;
using Hubs.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Hubs.ServiceDefaults.Tests;

/// <summary>Tokens and the named policies, on a small app that uses the service defaults like every service.</summary>
public sealed class SecurityTests : IAsyncLifetime
{
    private readonly AuthOptions _auth = new() { SigningKey = TokenIssuer.NewSigningKey() };
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration["Auth:SigningKey"] = _auth.SigningKey;
        builder.AddServiceDefaults();
        _app = builder.Build();
        _app.UseHubsProblemDetails();
        _app.MapGet("/public", () => "ok").RequireAuthorization(Policies.Public);
        _app.MapPost("/api/hubs/{hubId}/things", (string hubId) => hubId).RequireAuthorization(Policies.HubStaff);
        _app.MapGet("/network", () => "ok").RequireAuthorization(Policies.Coordinator);
        await _app.StartAsync();
        _client = new HttpClient { BaseAddress = new Uri(_app.Urls.First()) };
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task Anonymous_callers_reach_public_endpoints_only()
    {
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(HttpMethod.Get, "/public", null));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(HttpMethod.Post, "/api/hubs/lomazzo/things", null));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(HttpMethod.Get, "/network", null));
    }

    [Fact]
    public async Task Staff_act_for_their_own_hub_and_get_403_for_another()
    {
        var staff = TokenIssuer.Staff(_auth, "lomazzo");
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(HttpMethod.Post, "/api/hubs/lomazzo/things", staff));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(HttpMethod.Post, "/api/hubs/ivrea/things", staff));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(HttpMethod.Get, "/network", staff));
    }

    [Fact]
    public async Task Coordinators_read_the_network_but_cannot_act_for_a_hub()
    {
        var coordinator = TokenIssuer.Coordinator(_auth);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(HttpMethod.Get, "/network", coordinator));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(HttpMethod.Post, "/api/hubs/lomazzo/things", coordinator));
    }

    [Fact]
    public async Task Expired_wrongly_signed_or_malformed_tokens_get_401_even_on_public_endpoints()
    {
        var expired = TokenIssuer.Mint(_auth, HubsClaims.StaffRole, "lomazzo", TimeSpan.FromMinutes(5), DateTime.UtcNow.AddHours(-2));
        var foreign = TokenIssuer.Staff(new AuthOptions { SigningKey = TokenIssuer.NewSigningKey() }, "lomazzo");
        var otherAudience = TokenIssuer.Staff(new AuthOptions { SigningKey = _auth.SigningKey, Audience = "elsewhere" }, "lomazzo");

        foreach (var token in new[] { expired, foreign, otherAudience, "not-a-jwt", foreign[..^4] })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(HttpMethod.Get, "/public", token));
            Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(HttpMethod.Post, "/api/hubs/lomazzo/things", token));
        }
    }

    [Fact]
    public async Task Refusals_are_problem_responses_without_internal_detail()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/hubs/ivrea/things");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TokenIssuer.Staff(_auth, "lomazzo"));
        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("Exception", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_production_service_without_a_signing_key_or_authority_refuses_to_start()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddServiceDefaults();
        await using var app = builder.Build();

        var failure = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() => app.StartAsync());
        Assert.Contains("Auth:SigningKey", failure.Message, StringComparison.Ordinal);
    }

    private async Task<HttpStatusCode> StatusAsync(HttpMethod method, string path, string? token)
    {
        using var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await _client.SendAsync(request);
        return response.StatusCode;
    }
}
