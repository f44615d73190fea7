using Yarp.ReverseProxy.Transforms;
using Yarp.ReverseProxy.Transforms.Builder;

namespace Hubs.Gateway.Proxy;

/// <summary>
/// Hub ids are lower-case slugs, and the gateway matches them case-insensitively (<c>/api/hubs/LOMAZZO/experts</c>
/// reaches Lomazzo). The node is sent the id as registered, so node and gateway agree on one spelling whatever the
/// caller typed; the rest of the path and the query go unchanged.
/// </summary>
public static class CanonicalHubPath
{
    public const string Prefix = "/api/hubs/";

    public static IReverseProxyBuilder AddCanonicalHubPath(this IReverseProxyBuilder proxy) => proxy.AddTransforms(context =>
    {
        if (context.Cluster?.Metadata?.TryGetValue(UpstreamClusters.HubIdMetadata, out var hubId) != true || hubId is null)
        {
            return;
        }

        context.AddRequestTransform(transform =>
        {
            var path = transform.Path.Value ?? "";
            if (path.Length >= Prefix.Length + hubId.Length
                && path.AsSpan(Prefix.Length, hubId.Length).Equals(hubId, StringComparison.OrdinalIgnoreCase)
                && !path.AsSpan(Prefix.Length, hubId.Length).SequenceEqual(hubId))
            {
                transform.Path = new PathString(string.Concat(Prefix, hubId, path.AsSpan(Prefix.Length + hubId.Length)));
            }

            return ValueTask.CompletedTask;
        });
    });
}
