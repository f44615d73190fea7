namespace Hubs.HubNode.Demo;

/// <summary>A founding hub's default profile, used when the configuration does not describe the hub.</summary>
public sealed record DemoHub(
    string Id,
    string Name,
    string City,
    string Province,
    double Latitude,
    double Longitude,
    IReadOnlyList<string> Specialties,
    string? PublicUrl = null);
