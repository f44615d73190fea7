namespace Hubs.HubNode.Profile;

/// <summary>The hub's public profile and the version last announced to the network.</summary>
public sealed record HubProfileResponse(
    string Id,
    string Name,
    string City,
    string Province,
    double Latitude,
    double Longitude,
    IReadOnlyList<string> Specialties,
    IReadOnlyList<string> Languages,
    string? PublicUrl,
    string? ContactEmail,
    long Version)
{
    public static HubProfileResponse From(HubProfile p, long version) =>
        new(p.Id, p.Name, p.City, p.ProvinceCode, p.Latitude, p.Longitude, p.Specialties, p.Languages, p.PublicUrl, p.ContactEmail, version);
}
