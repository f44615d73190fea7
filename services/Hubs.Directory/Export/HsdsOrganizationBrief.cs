namespace Hubs.Directory.Export;

/// <summary>The organization nested in a service: enough to name and reach it without repeating the whole hub.</summary>
public sealed record HsdsOrganizationBrief
{
    public required Guid Id { get; init; }
    public required string Name { get; init; }
    public required string Description { get; init; }
    public string? Website { get; init; }
}
