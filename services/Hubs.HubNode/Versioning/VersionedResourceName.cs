namespace Hubs.HubNode.Versioning;

/// <summary>Endpoint metadata naming the resource a group's routes change, for problems about its headers: "the expert".</summary>
public sealed record VersionedResourceName(string What);
