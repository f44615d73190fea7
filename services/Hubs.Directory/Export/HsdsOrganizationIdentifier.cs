namespace Hubs.Directory.Export;

/// <summary>The hub's id in the network (the one in our URLs), so a reader can map the organization back.</summary>
public sealed record HsdsOrganizationIdentifier
{
    public required Guid Id { get; init; }
    public required Guid OrganizationId { get; init; }
    public required string IdentifierType { get; init; }
    public required string Identifier { get; init; }
}
