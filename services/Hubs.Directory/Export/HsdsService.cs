namespace Hubs.Directory.Export;

/// <summary>
/// Consultations on one topic at one hub (schema <c>compiled/service.json</c>): exported while at least one active
/// expert of the hub covers the topic. No contacts: experts and businesses are people, the open export names none.
/// </summary>
public sealed record HsdsService
{
    public required Guid Id { get; init; }
    public required Guid OrganizationId { get; init; }

    /// <summary>In Italian; <see cref="AlternateName"/> in English.</summary>
    public required string Name { get; init; }

    public required string AlternateName { get; init; }
    public required string Description { get; init; }
    public string? Url { get; init; }
    public required string Status { get; init; }
    public required string ApplicationProcess { get; init; }
    public required string FeesDescription { get; init; }

    /// <summary>When the directory last learned of a change at the hub (its profile or any of its experts).</summary>
    public required DateTimeOffset LastModified { get; init; }

    public required IReadOnlyList<HsdsLanguage> Languages { get; init; }
    public required IReadOnlyList<HsdsAttributeEntry> Attributes { get; init; }
    public required IReadOnlyList<HsdsServiceAtLocation> ServiceAtLocations { get; init; }
    public required HsdsOrganizationBrief Organization { get; init; }
}
