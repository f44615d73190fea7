namespace Hubs.HubNode.Versioning;

/// <summary>How a versioned resource's endpoints are named and described in the OpenAPI document.</summary>
public sealed record VersionedRoutes(
    string Tag,
    string What,
    VersionedRoute List,
    VersionedRoute Get,
    VersionedRoute Create,
    VersionedRoute Revise,
    VersionedRoute End);

/// <summary>One endpoint's operation name and summary.</summary>
public sealed record VersionedRoute(string Name, string Summary);
