namespace Hubs.Directory.Export;

/// <summary>A service as listed inside its organization.</summary>
public sealed record HsdsServiceBrief
{
    public required Guid Id { get; init; }
    public required string Name { get; init; }
    public required string AlternateName { get; init; }
    public required string Status { get; init; }
}
