using System.Net;
using Hubs.ServiceDefaults;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hubs.ServiceDefaults.Tests;

/// <summary>The shared HttpClient pipeline retries what is safe to repeat and nothing else.</summary>
public sealed class ResilienceTests : IAsyncLifetime
{
    private WebApplication _upstream = null!;
    private int _calls;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _upstream = builder.Build();
        _upstream.Map("/flaky", () =>
        {
            Interlocked.Increment(ref _calls);
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        });
        await _upstream.StartAsync();
    }

    public async Task DisposeAsync() => await _upstream.DisposeAsync();

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("PATCH")]
    [InlineData("DELETE")]
    public async Task An_unsafe_method_is_sent_once_even_when_the_upstream_fails(string method)
    {
        using var client = ClientWithDefaults();
        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "flaky"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(1, _calls);
    }

    [Fact]
    public async Task A_safe_method_is_retried_when_the_upstream_fails()
    {
        using var client = ClientWithDefaults();
        using var response = await client.GetAsync(new Uri("flaky", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.True(_calls > 1, $"expected retries, saw {_calls} call(s)");
    }

    [Fact]
    public void Polly_logs_retries_and_failures_not_every_successful_attempt()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.AddServiceDefaults();
        using var services = builder.Services.BuildServiceProvider();
        var polly = services.GetRequiredService<ILoggerFactory>().CreateLogger("Polly");

        Assert.False(polly.IsEnabled(LogLevel.Information));
        Assert.True(polly.IsEnabled(LogLevel.Warning));
    }

    private HttpClient ClientWithDefaults()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.AddServiceDefaults();
        var services = builder.Services.BuildServiceProvider();
        var client = services.GetRequiredService<IHttpClientFactory>().CreateClient("upstream");
        client.BaseAddress = new Uri(_upstream.Urls.First() + "/");
        return client;
    }
}
