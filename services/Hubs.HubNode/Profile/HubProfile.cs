namespace Hubs.HubNode.Profile;

/// <summary>The public face of a hub, as announced to the network.</summary>
public sealed record HubProfile
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string City { get; init; }
    public required string ProvinceCode { get; init; }
    public required double Latitude { get; init; }
    public required double Longitude { get; init; }
    public required IReadOnlyList<string> Specialties { get; init; }
    public required IReadOnlyList<string> Languages { get; init; }
    public string? PublicUrl { get; init; }
    public string? ContactEmail { get; init; }
    public string? NodeUrl { get; init; }

    public static HubProfile From(HubOptions options) => new()
    {
        Id = options.Id,
        Name = options.Name!.Trim(),
        City = options.City!.Trim(),
        ProvinceCode = options.Province!,
        Latitude = options.Latitude!.Value,
        Longitude = options.Longitude!.Value,
        Specialties = [.. options.Specialties.Distinct(StringComparer.Ordinal)],
        Languages = [.. options.Languages.Distinct(StringComparer.Ordinal)],
        PublicUrl = string.IsNullOrWhiteSpace(options.PublicUrl) ? null : options.PublicUrl,
        ContactEmail = string.IsNullOrWhiteSpace(options.ContactEmail) ? null : options.ContactEmail,
        NodeUrl = string.IsNullOrWhiteSpace(options.NodeUrl) ? null : options.NodeUrl,
    };

    /// <summary>Same public content (records compare lists by reference, so compare them item by item).</summary>
    public bool SameAs(HubProfile other) =>
        Id == other.Id && Name == other.Name && City == other.City && ProvinceCode == other.ProvinceCode
        && Latitude.Equals(other.Latitude) && Longitude.Equals(other.Longitude)
        && Specialties.SequenceEqual(other.Specialties, StringComparer.Ordinal)
        && Languages.SequenceEqual(other.Languages, StringComparer.Ordinal)
        && PublicUrl == other.PublicUrl && ContactEmail == other.ContactEmail && NodeUrl == other.NodeUrl;
}
