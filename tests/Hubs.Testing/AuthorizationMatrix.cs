using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Hubs.ServiceDefaults;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Testing;

/// <summary>
/// Every endpoint of a service, read from the application's own endpoint list, called as each kind of caller. A new
/// endpoint without one of our policies fails the first check; one whose policy lets the wrong caller in fails the
/// second. Linked into each service's test project.
/// </summary>
public static class AuthorizationMatrix
{
    public static readonly string[] Callers = ["anonymous", "manage-token", "staff-of-that-hub", "staff-of-another-hub", "coordinator"];

    private static readonly HashSet<string> Known = [Policies.Public, Policies.HubStaff, Policies.AnyHubStaff, Policies.Coordinator];

    public static IReadOnlyList<(RouteEndpoint Endpoint, string Method)> Endpoints(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (e, m)))
            .ToList();

    /// <summary>Endpoints without exactly one of our named policies (health probes are the only anonymous ones).</summary>
    public static IEnumerable<string> WithoutPolicy(IServiceProvider services) =>
        Endpoints(services)
            .Where(x => x.Endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Count(a => a.Policy is not null && Known.Contains(a.Policy)) != 1)
            .Select(x => $"{x.Method} {x.Endpoint.RoutePattern.RawText}");

    /// <summary>Calls every endpoint as every caller; returns the cells whose answer contradicts the endpoint's policy.</summary>
    public static async Task<(int Cells, List<string> Wrong)> RunAsync(IServiceProvider services, Func<HttpClient> createClient, string hubId, string otherHubId)
    {
        var wrong = new List<string>();
        var cells = 0;
        foreach (var (endpoint, method) in Endpoints(services))
        {
            var policy = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).First(p => p is not null && Known.Contains(p))!;
            var path = Path(endpoint.RoutePattern.RawText!, hubId);
            foreach (var caller in Callers)
            {
                cells++;
                using var client = createClient();
                using var request = new HttpRequestMessage(new HttpMethod(method), path);
                client.DefaultRequestHeaders.Authorization = null;
                switch (caller)
                {
                    case "manage-token":
                        request.Headers.Add("X-Manage-Token", Convert.ToBase64String(Guid.NewGuid().ToByteArray()));
                        break;
                    case "staff-of-that-hub":
                        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TestAuth.Staff(hubId));
                        break;
                    case "staff-of-another-hub":
                        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TestAuth.Staff(otherHubId));
                        break;
                    case "coordinator":
                        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TestAuth.Coordinator());
                        break;
                }

                if (method is "POST" or "PUT" or "PATCH")
                {
                    request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
                }

                using var response = await client.SendAsync(request);
                var expected = Expected(policy, caller);
                var got = response.StatusCode;
                var refused = got is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden;
                var ok = expected switch
                {
                    null => !refused,
                    HttpStatusCode e => got == e,
                };
                if (!ok || got >= HttpStatusCode.InternalServerError)
                {
                    wrong.Add($"{method} {path} as {caller} [{policy}]: {(int)got}, expected {(expected is null ? "not 401/403" : ((int)expected).ToString(System.Globalization.CultureInfo.InvariantCulture))}");
                }
            }
        }

        return (cells, wrong);
    }

    /// <summary>Null: the policy lets this caller in (the endpoint itself may still say 400/404/409).</summary>
    private static HttpStatusCode? Expected(string policy, string caller) => (policy, caller) switch
    {
        (Policies.Public, _) => null,
        (_, "anonymous" or "manage-token") => HttpStatusCode.Unauthorized,
        (Policies.HubStaff, "staff-of-that-hub") => null,
        (Policies.HubStaff, _) => HttpStatusCode.Forbidden,
        (Policies.AnyHubStaff, "staff-of-that-hub" or "staff-of-another-hub") => null,
        (Policies.AnyHubStaff, _) => HttpStatusCode.Forbidden,
        (Policies.Coordinator, "coordinator") => null,
        (Policies.Coordinator, _) => HttpStatusCode.Forbidden,
        _ => throw new InvalidOperationException(policy),
    };

    // Route values: the hub under test, fresh ids (unknown: the endpoint answers 404 after authorisation), "x" otherwise.
    private static string Path(string pattern, string hubId)
    {
        var path = System.Text.RegularExpressions.Regex.Replace(pattern, @"\{(\*\*)?([a-zA-Z]+)(:[^}]*)?\}", m =>
            m.Groups[2].Value == "hubId" ? hubId
            : m.Groups[3].Value.Contains("guid", StringComparison.Ordinal) || m.Groups[2].Value.EndsWith("Id", StringComparison.Ordinal) || m.Groups[2].Value == "id"
                ? Guid.CreateVersion7().ToString()
            : m.Groups[3].Value.Contains("int", StringComparison.Ordinal) || m.Groups[3].Value.Contains("long", StringComparison.Ordinal) ? "1"
            : "x");
        return path.StartsWith('/') ? path : "/" + path;
    }
}
