namespace Hubs.Directory.Export;

/// <summary>A hub as an HSDS organization (schema <c>compiled/organization.json</c>).</summary>
public sealed record HsdsOrganization
{
    public required Guid Id { get; init; }
    public required string Name { get; init; }
    public required string Description { get; init; }

    /// <summary>The hub's public contact address, as it announced it.</summary>
    public string? Email { get; init; }

    public string? Website { get; init; }
    public required IReadOnlyList<HsdsOrganizationIdentifier> OrganizationIdentifiers { get; init; }
    public required IReadOnlyList<HsdsLocation> Locations { get; init; }

    /// <summary>The hub's specialties, as terms of the topic taxonomy.</summary>
    public required IReadOnlyList<HsdsAttributeEntry> Attributes { get; init; }

    /// <summary>The hub's services in brief; the full objects are in the export's service list.</summary>
    public required IReadOnlyList<HsdsServiceBrief> Services { get; init; }
}
