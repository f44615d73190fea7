using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Hubs.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Hubs.ServiceDefaults.Tests;

/// <summary>Refusals that tell the caller what to change: who they may act for, what the endpoint needs, what to send.</summary>
public sealed class ProblemAnswerTests : IAsyncLifetime
{
    private readonly AuthOptions _auth = new() { SigningKey = TokenIssuer.NewSigningKey() };
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public sealed record Thing(string Name);

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration["Auth:SigningKey"] = _auth.SigningKey;
        builder.AddServiceDefaults();
        _app = builder.Build();
        _app.UseHubsProblemDetails();
        _app.MapPost("/api/hubs/{hubId}/things", (string hubId, Thing thing) => $"{hubId}:{thing.Name}").RequireAuthorization(Policies.HubStaff);
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
    public async Task Staff_of_another_hub_learn_which_hub_they_act_for_and_what_the_endpoint_needs()
    {
        var (status, problem) = await SendAsync(HttpMethod.Post, "/api/hubs/ivrea/things", TokenIssuer.Staff(_auth, "lomazzo"), """{"name":"x"}""");

        Assert.Equal(HttpStatusCode.Forbidden, status);
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains("staff of hub 'ivrea'", detail, StringComparison.Ordinal);
        Assert.Contains("staff of hub 'lomazzo'", detail, StringComparison.Ordinal);
        Assert.Equal("lomazzo", problem.GetProperty("actingFor").GetString());
        Assert.Equal(403, problem.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task A_coordinator_writing_for_a_hub_learns_that_coordinators_act_for_no_hub()
    {
        var (status, problem) = await SendAsync(HttpMethod.Post, "/api/hubs/lomazzo/things", TokenIssuer.Coordinator(_auth), """{"name":"x"}""");

        Assert.Equal(HttpStatusCode.Forbidden, status);
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains("staff of hub 'lomazzo'", detail, StringComparison.Ordinal);
        Assert.Contains("coordinator", detail, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, problem.GetProperty("actingFor").ValueKind);
    }

    [Fact]
    public async Task Staff_reading_coordinator_data_learn_it_needs_a_coordinator()
    {
        var (status, problem) = await SendAsync(HttpMethod.Get, "/network", TokenIssuer.Staff(_auth, "lomazzo"), null);

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("role=coordinator", problem.GetProperty("detail").GetString()!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hub_id_in_another_letter_case_is_the_same_hub()
    {
        var (status, _) = await SendAsync(HttpMethod.Post, "/api/hubs/LOMAZZO/things", TokenIssuer.Staff(_auth, "lomazzo"), """{"name":"x"}""");

        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task A_body_of_the_wrong_content_type_is_told_which_one_to_send()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/hubs/lomazzo/things")
        {
            Content = new StringContent("name=x", Encoding.UTF8, "text/plain"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TokenIssuer.Staff(_auth, "lomazzo"));
        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var detail = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString()!;
        Assert.Contains("application/json", detail, StringComparison.Ordinal);
        Assert.Contains("text/plain", detail, StringComparison.Ordinal);
    }

    private async Task<(HttpStatusCode Status, JsonElement Problem)> SendAsync(HttpMethod method, string path, string token, string? json)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        using var response = await _client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, body.StartsWith('{') ? JsonDocument.Parse(body).RootElement.Clone() : default);
    }
}
