using System.Diagnostics.CodeAnalysis;
using System.Net;
using Hubs.Gateway.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Yarp.ReverseProxy;
using Yarp.ReverseProxy.Model;

namespace Hubs.Gateway.Tests.Edge;

/// <summary>No error response gives away a stack trace, an exception's text or anything else of the gateway's insides.</summary>
public sealed class ErrorDetailTests
{
    private const string Secret = "Password=hunter2;Server=10.9.8.7";

    [Theory]
    [InlineData("Production")]
    [InlineData("Development")]
    public async Task An_exception_in_a_gateway_endpoint_is_a_500_problem_without_its_text_or_stack(string environment)
    {
        await using var federation = await TestFederation.StartAsync(
            ["alpha"],
            services: services => services.AddSingleton<IProxyStateLookup, BrokenProxyState>(),
            environment: environment);

        using var response = await federation.Client.GetAsync("/api/federation/hubs");

        var problem = await ProblemAssertions.AssertProblemAsync(response, HttpStatusCode.InternalServerError);
        var body = problem.ToJsonString();
        Assert.DoesNotContain("hunter2", body, StringComparison.Ordinal);
        Assert.DoesNotContain("10.9.8.7", body, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(BrokenProxyState), body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Hubs.Gateway", body, StringComparison.Ordinal);
        Assert.NotNull(problem["traceId"]);
        SecurityHeaderAssertions.AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task A_malformed_chunked_body_is_a_400_problem_without_internal_detail()
    {
        await using var federation = await TestFederation.StartAsync(["alpha"]);

        var raw = await RawHttp.SendAsync(
            federation.Address,
            "POST /api/hubs/alpha/bookings HTTP/1.1\r\nHost: gateway\r\nContent-Type: application/json\r\n" +
            "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\nZZZ\r\n{}\r\n0\r\n\r\n");

        Assert.StartsWith("HTTP/1.1 400", raw, StringComparison.Ordinal);
        Assert.Contains("application/problem+json", raw, StringComparison.Ordinal);
        AssertNothingInternal(raw);
    }

    [Theory]
    [InlineData("GET /api/hubs/alpha/experts HTTP/1.1\r\nHost: gateway\r\nBroken header line\r\nConnection: close\r\n\r\n")]
    [InlineData("GET api/hubs/alpha/experts HTTP/1.1\r\nHost: gateway\r\nConnection: close\r\n\r\n")]
    [InlineData("GET /api/federation/hubs HTTP/9.9\r\nHost: gateway\r\n\r\n")]
    [InlineData("POST /api/hubs/alpha/bookings HTTP/1.1\r\nHost: gateway\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}")]
    public async Task A_malformed_request_is_refused_without_internal_detail(string request)
    {
        await using var federation = await TestFederation.StartAsync(["alpha"]);

        var raw = await RawHttp.SendAsync(federation.Address, request);

        Assert.Matches("^HTTP/1.1 (400|505)", raw);
        AssertNothingInternal(raw);
        Assert.Empty(federation.Upstreams["alpha"].Calls);
    }

    private static void AssertNothingInternal(string raw)
    {
        Assert.DoesNotContain("Exception", raw, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" at ", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("Kestrel", raw, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Yarp", raw, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("127.0.0.1", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("Server:", raw, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A proxy state that fails the way a bug would, with secrets in its message.</summary>
    private sealed class BrokenProxyState : IProxyStateLookup
    {
        public bool TryGetRoute(string id, [NotNullWhen(true)] out RouteModel? route) => throw Failure();

        public IEnumerable<RouteModel> GetRoutes() => throw Failure();

        public bool TryGetCluster(string id, [NotNullWhen(true)] out ClusterState? cluster) => throw Failure();

        public IEnumerable<ClusterState> GetClusters() => throw Failure();

        private static InvalidOperationException Failure() => new($"Upstream registry unreadable ({Secret})");
    }
}
