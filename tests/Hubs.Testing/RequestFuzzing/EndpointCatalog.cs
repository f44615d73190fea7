using Hubs.ServiceDefaults;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Testing.RequestFuzzing;

/// <summary>
/// The service's endpoints read from its own <see cref="EndpointDataSource"/> (so a new endpoint is fuzzed without
/// anyone listing it), with query and header parameters from its API explorer and the body type from its Accepts.
/// </summary>
public static class EndpointCatalog
{
    private static readonly HashSet<string> Known = [Policies.Public, Policies.HubStaff, Policies.AnyHubStaff, Policies.Coordinator];

    public static IReadOnlyList<FuzzEndpoint> Read(IServiceProvider services)
    {
        var described = services.GetService<IApiDescriptionGroupCollectionProvider>()?.ApiDescriptionGroups.Items
            .SelectMany(g => g.Items)
            .GroupBy(d => $"{d.HttpMethod ?? "GET"} {Normalise(d.RelativePath ?? "")}", StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase) ?? [];

        var endpoints = new List<FuzzEndpoint>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            {
                continue; // health probes
            }

            var pattern = endpoint.RoutePattern.RawText ?? "/";
            pattern = pattern.StartsWith('/') ? pattern : "/" + pattern;
            var policy = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).FirstOrDefault(p => p is not null && Known.Contains(p));
            var routeParameters = endpoint.RoutePattern.Parameters
                .Select(p => new RouteParameter(p.Name, ConstraintOf(p), p.IsCatchAll))
                .ToList();
            var accepts = endpoint.Metadata.GetMetadata<IAcceptsMetadata>();
            // An endpoint without methods (a proxy route) answers every one.
            foreach (var method in endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET", "POST", "PUT", "DELETE", "PATCH"])
            {
                var description = described.GetValueOrDefault($"{method} {Normalise(pattern)}");
                var parameters = description?.ParameterDescriptions ?? [];
                var query = parameters
                    .Where(p => p.Source == BindingSource.Query)
                    .Select(p => new QueryParameter(p.Name, Nullable.GetUnderlyingType(p.Type ?? typeof(string)) ?? p.Type ?? typeof(string)))
                    .DistinctBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
                    .ToList();
                var headers = parameters.Where(p => p.Source == BindingSource.Header).Select(p => p.Name).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
                var bodyType = accepts?.RequestType ?? parameters.FirstOrDefault(p => p.Source == BindingSource.Body)?.Type;
                var takesBody = bodyType is not null || method is "POST" or "PUT" or "PATCH";
                endpoints.Add(new FuzzEndpoint(method, pattern, policy, routeParameters, query, headers, bodyType, takesBody));
            }
        }

        return endpoints;
    }

    // "/api/x/{id:guid}/" and "api/x/{id}" name the same route.
    private static string Normalise(string path) =>
        System.Text.RegularExpressions.Regex.Replace(path.Trim('/'), @"\{(\*{0,2})([^}:=?]+)[^}]*\}", "{$2}");

    private static string? ConstraintOf(RoutePatternParameterPart parameter) =>
        parameter.ParameterPolicies.Select(p => p.Content).FirstOrDefault(c => c is not null);
}
