using System.Net;
using Hubs.Gateway.Tests.Infrastructure;

namespace Hubs.Gateway.Tests.Edge;

/// <summary>Request bodies over the limit are answered 413 with a problem body, whether declared or streamed.</summary>
public sealed class BodyLimitTests
{
    private const int Limit = 4096;

    private static Dictionary<string, string> Settings() =>
        new(StringComparer.Ordinal) { ["Gateway:MaxRequestBodyBytes"] = "4096" };

    [Fact]
    public async Task A_declared_body_over_the_limit_gets_a_413_problem_and_nothing_is_forwarded()
    {
        await using var federation = await TestFederation.StartAsync(["alpha"], settings: Settings());
        var marker = EdgeSettings.Marker();

        using var response = await federation.Client.PostAsync($"/api/hubs/alpha/bookings?marker={marker}", Json(Limit + 1));

        var problem = await ProblemAssertions.AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("Request body too large", problem["title"]!.GetValue<string>());
        Assert.Contains("4096 bytes", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        SecurityHeaderAssertions.AssertSecurityHeaders(response);
        Assert.DoesNotContain(federation.Upstreams["alpha"].Calls, c => c.Query.Contains(marker, StringComparison.Ordinal));

        using var within = await federation.Client.PostAsync($"/api/hubs/alpha/bookings?marker={marker}", Json(Limit));
        Assert.Equal(HttpStatusCode.OK, within.StatusCode);
    }

    [Fact]
    public async Task A_streamed_body_that_crosses_the_limit_gets_a_413_problem_not_a_400_or_a_500()
    {
        await using var federation = await TestFederation.StartAsync(["alpha"], settings: Settings());

        using var content = new ChunkedContent(new byte[Limit * 4]);
        using var response = await federation.Client.PostAsync("/api/hubs/alpha/bookings", content);

        Assert.Null(response.RequestMessage!.Content!.Headers.ContentLength);
        var problem = await ProblemAssertions.AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("Request body too large", problem["title"]!.GetValue<string>());
        SecurityHeaderAssertions.AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task The_default_limit_is_one_mebibyte()
    {
        await using var federation = await TestFederation.StartAsync(["alpha"]);

        using var atLimit = await federation.Client.PostAsync("/api/hubs/alpha/bookings", Json(1_048_576));
        using var overLimit = await federation.Client.PostAsync("/api/hubs/alpha/bookings", Json(1_048_577));

        Assert.Equal(HttpStatusCode.OK, atLimit.StatusCode);
        await ProblemAssertions.AssertProblemAsync(overLimit, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task A_body_declared_far_over_the_limit_gets_the_413_problem_at_once_and_the_connection_closed()
    {
        await using var federation = await TestFederation.StartAsync(["alpha"], settings: Settings());

        // Only the headers are sent: the answer must not wait for a 100 MB body.
        var raw = await RawHttp.SendAsync(
            federation.Address,
            "POST /api/hubs/alpha/bookings HTTP/1.1\r\nHost: gateway\r\nContent-Type: application/json\r\nContent-Length: 100000000\r\n\r\n");

        Assert.StartsWith("HTTP/1.1 413", raw, StringComparison.Ordinal);
        Assert.Contains("Connection: close", raw, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("application/problem+json", raw, StringComparison.Ordinal);
        Assert.Contains("Request body too large", raw, StringComparison.Ordinal);
        Assert.Empty(federation.Upstreams["alpha"].Calls);
    }

    [Fact]
    public async Task The_gateway_names_no_server_software()
    {
        await using var federation = await TestFederation.StartAsync(["alpha"], settings: Settings());

        var raw = await RawHttp.SendAsync(federation.Address, "GET /api/federation/hubs HTTP/1.1\r\nHost: gateway\r\nConnection: close\r\n\r\n");

        Assert.StartsWith("HTTP/1.1 200", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("Server:", raw, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Kestrel", raw, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A JSON string of exactly <paramref name="bytes"/> bytes.</summary>
    private static StringContent Json(int bytes) =>
        new("\"" + new string('x', bytes - 2) + "\"", System.Text.Encoding.ASCII, "application/json");

    /// <summary>A body whose length is not declared: HttpClient sends it chunked.</summary>
    private sealed class ChunkedContent(byte[] body) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            for (var offset = 0; offset < body.Length; offset += 1024)
            {
                await stream.WriteAsync(body.AsMemory(offset, Math.Min(1024, body.Length - offset)));
                await stream.FlushAsync();
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
