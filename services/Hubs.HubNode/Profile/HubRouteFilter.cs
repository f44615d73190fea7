using Microsoft.Extensions.Options;

namespace Hubs.HubNode.Profile;

/// <summary>
/// The gateway forwards <c>/api/hubs/{hubId}/**</c> unchanged: a request naming another hub reached the wrong node
/// (or was crafted) and must not touch this hub's data.
/// </summary>
public sealed class HubRouteFilter(IOptions<HubOptions> hub) : IEndpointFilter
{
    public const string RouteKey = "hubId";

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var requested = context.HttpContext.GetRouteValue(RouteKey) as string;
        // Hub ids are matched case-insensitively, as the gateway does (docs/decisions, hub ids at the edge).
        if (string.Equals(requested, hub.Value.Id, StringComparison.OrdinalIgnoreCase))
        {
            return next(context);
        }

        return ValueTask.FromResult<object?>(TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { [RouteKey] = [$"This node serves hub '{hub.Value.Id}', not the one in the route."] },
            title: "Wrong hub"));
    }
}
