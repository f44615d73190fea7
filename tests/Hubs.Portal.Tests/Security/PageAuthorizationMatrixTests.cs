using System.Net;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Hubs.Portal.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Hubs.Portal.Tests.Security;

/// <summary>
/// Every page and endpoint of the portal, read from its own endpoint list: each names exactly one of
/// <see cref="PortalPolicies"/> (a new page without one fails here), and each answers each kind of person as its
/// policy says — nobody signed in is sent to the provider, staff of another hub and coordinators get the 403 page.
/// </summary>
public sealed partial class PageAuthorizationMatrixTests(ITestOutputHelper output) : IDisposable
{
    private const string Hub = "lomazzo";
    private const string OtherHub = "ivrea";

    private static readonly string[] Callers = ["anonymous", "staff-of-that-hub", "staff-of-another-hub", "coordinator"];

    private readonly PortalHost _portal = new();

    [Fact]
    public void Every_page_and_endpoint_names_exactly_one_portal_policy()
    {
        _portal.StartServer();
        var endpoints = Endpoints();
        var without = endpoints
            .Where(e => e.Metadata.GetOrderedMetadata<IAuthorizeData>().Count(a => a.Policy is not null && PortalPolicies.All.Contains(a.Policy)) != 1)
            .Select(e => e.RoutePattern.RawText)
            .ToList();
        Assert.Empty(without);
        // The business journey, the error page, the staff pages and the sign-in endpoints are all in the list.
        Assert.Contains(endpoints, e => e.RoutePattern.RawText == "/staff/{HubId}/today");
        Assert.Contains(endpoints, e => e.RoutePattern.RawText == "/hubs/{HubId}/book");
        Assert.Contains(endpoints, e => e.RoutePattern.RawText == SignInEndpoints.SignOut);
        // The coordinators' pages, their live poll and their downloads (issue 14).
        foreach (var network in new[] { "/network", "/network/statistics", "/network/hubs/{HubId}", "/network/live", "/network/statistics/{figure}.csv", "/network/experts.csv" })
        {
            Assert.Contains(endpoints, e => e.RoutePattern.RawText == network
                && e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy == PortalPolicies.Coordinator));
        }
    }

    [Fact]
    public async Task Each_person_gets_exactly_what_the_pages_policy_allows()
    {
        _portal.StartServer();
        var wrong = new List<string>();
        var cells = 0;
        foreach (var endpoint in Endpoints())
        {
            var policy = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).First(p => p is not null && PortalPolicies.All.Contains(p))!;
            var methods = endpoint.Metadata.GetMetadata<ComponentTypeMetadata>() is not null
                ? ["GET"]
                : endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            foreach (var method in methods)
            {
                var path = Path(endpoint.RoutePattern.RawText!);
                foreach (var caller in Callers)
                {
                    cells++;
                    using var browser = caller switch
                    {
                        "staff-of-that-hub" => _portal.Browser(PortalHost.Staff(Hub)),
                        "staff-of-another-hub" => _portal.Browser(PortalHost.Staff(OtherHub)),
                        "coordinator" => _portal.Browser(PortalHost.Coordinator()),
                        _ => _portal.Browser(),
                    };
                    using var response = await browser.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
                    var got = response.StatusCode == HttpStatusCode.Forbidden ? "403"
                        : response.Headers.Location?.ToString().StartsWith(PortalHost.Authority, StringComparison.Ordinal) == true ? "sign-in"
                        : (int)response.StatusCode >= 500 && response.StatusCode != HttpStatusCode.ServiceUnavailable ? $"{(int)response.StatusCode}"
                        : "let in";
                    var expected = Expected(policy, caller);
                    // A public endpoint may itself send the person to the provider: that is what /signin is for.
                    if (got != expected && !(policy == PortalPolicies.Public && got == "sign-in" && path == SignInEndpoints.SignIn))
                    {
                        wrong.Add($"{method} {path} as {caller} [{policy}]: {got} ({(int)response.StatusCode}), expected {expected}");
                    }
                }
            }
        }

        output.WriteLine($"{cells} cells checked");
        Assert.Empty(wrong);
    }

    private static string Expected(string policy, string caller) => (policy, caller) switch
    {
        (PortalPolicies.Public, _) => "let in",
        (_, "anonymous") => "sign-in",
        (PortalPolicies.SignedIn, _) => "let in",
        (PortalPolicies.StaffOfHub, "staff-of-that-hub") => "let in",
        (PortalPolicies.StaffOfHub, _) => "403",
        (PortalPolicies.Coordinator, "coordinator") => "let in",
        (PortalPolicies.Coordinator, _) => "403",
        _ => throw new InvalidOperationException(policy),
    };

    /// <summary>
    /// The portal's routes: pages and endpoints; not the health probes (anonymous by design), the static files
    /// (fingerprinted assets and the file fallback, <c>{**path:file}</c>) nor Blazor's own <c>/_framework/</c> endpoints.
    /// </summary>
    private List<RouteEndpoint> Endpoints() =>
        [.. _portal.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .Where(e => !IsStaticAsset(e))];

    private static bool IsStaticAsset(RouteEndpoint endpoint) =>
        endpoint.Metadata.Any(m => m.GetType().FullName == "Microsoft.AspNetCore.StaticAssets.StaticAssetDescriptor")
        || endpoint.RoutePattern.RawText is { } route && (route.Contains(":file}", StringComparison.Ordinal) || route.StartsWith("/_framework/", StringComparison.Ordinal));

    private static string Path(string pattern) => RouteValue().Replace(pattern, m =>
        m.Groups[1].Value.Equals("HubId", StringComparison.OrdinalIgnoreCase) ? Hub
        : m.Groups[2].Value.Contains("guid", StringComparison.Ordinal) ? Guid.NewGuid().ToString()
        : "x");

    [GeneratedRegex(@"\{\**([a-zA-Z]+)(:[^}]*)?\??\}")]
    private static partial Regex RouteValue();

    public void Dispose() => _portal.Dispose();
}
