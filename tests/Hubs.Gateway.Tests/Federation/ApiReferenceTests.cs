using System.Net;
using System.Text.RegularExpressions;
using Hubs.Gateway.Tests.Infrastructure;
using Hubs.Testing;

namespace Hubs.Gateway.Tests.Federation;

/// <summary>The API reference page and the gateway's own document; every service's document is reached on its route.</summary>
public sealed class ApiReferenceTests
{
    [Fact]
    public async Task The_reference_lists_every_document_on_this_origin_and_loads_nothing_from_elsewhere()
    {
        await using var federation = await TestFederation.StartAsync(["alpha", "beta"]);

        using var response = await federation.Client.GetAsync("/api/reference");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var links = Regex.Matches(html, "href=\"([^\"]*)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(
            ["/api/federation/openapi/v1.json", "/api/directory/openapi/v1.json", "/api/practices/openapi/v1.json",
             "/api/hubs/alpha/openapi/v1.json", "/api/hubs/beta/openapi/v1.json"],
            links);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);

        // Each hub's document is forwarded to that hub, like any of its paths.
        var forwarded = await federation.Client.GetStringAsync("/api/hubs/alpha/openapi/v1.json");
        Assert.Contains("/api/hubs/alpha/openapi/v1.json", forwarded, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_gateways_own_document_is_complete()
    {
        await using var federation = await TestFederation.StartAsync(["alpha"]);

        var root = await OpenApiDocument.ReadCheckedAsync(federation.Client, "/api/federation/openapi/v1.json", "gateway");

        Assert.True(root.GetProperty("paths").TryGetProperty("/api/federation/hubs", out _));
    }
}
