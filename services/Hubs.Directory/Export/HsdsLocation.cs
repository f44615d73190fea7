namespace Hubs.Directory.Export;

/// <summary>
/// The hub's place. No <c>addresses</c>: HSDS requires a street line and a postal code there, which hubs do not announce;
/// the city, province and region are in <see cref="Description"/>, the province code in <see cref="ExternalIdentifier"/>.
/// </summary>
public sealed record HsdsLocation
{
    public required Guid Id { get; init; }
    public required string LocationType { get; init; }
    public required Guid OrganizationId { get; init; }
    public required string Name { get; init; }
    public required string Description { get; init; }
    public required double Latitude { get; init; }
    public required double Longitude { get; init; }
    public required string ExternalIdentifier { get; init; }
    public required string ExternalIdentifierType { get; init; }
    public required IReadOnlyList<HsdsLanguage> Languages { get; init; }
}
