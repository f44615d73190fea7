namespace Hubs.Directory.Export;

/// <summary>The service given at the hub's place (consultations are video calls, but the hub is where they come from).</summary>
public sealed record HsdsServiceAtLocation
{
    public required Guid Id { get; init; }
    public required Guid ServiceId { get; init; }
    public required Guid LocationId { get; init; }
    public required HsdsLocation Location { get; init; }
}
