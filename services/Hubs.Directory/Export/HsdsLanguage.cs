namespace Hubs.Directory.Export;

/// <summary>A language a service is given in (or a location works in): ISO 639-1 code and English name.</summary>
public sealed record HsdsLanguage
{
    public required Guid Id { get; init; }
    public Guid? ServiceId { get; init; }
    public Guid? LocationId { get; init; }
    public required string Name { get; init; }
    public required string Code { get; init; }
}
