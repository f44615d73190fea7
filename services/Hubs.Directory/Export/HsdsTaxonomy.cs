namespace Hubs.Directory.Export;

/// <summary>The network's topic taxonomy, <c>hubs-topics</c>.</summary>
public sealed record HsdsTaxonomy
{
    public required Guid Id { get; init; }
    public required string Name { get; init; }
    public required string Description { get; init; }
    public required string Version { get; init; }
}
