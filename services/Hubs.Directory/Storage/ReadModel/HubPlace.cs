namespace Hubs.Directory.Storage.ReadModel;

/// <summary>What a search needs of an expert's hub. A hub the registry has never heard of is not suspended and has no province.</summary>
internal readonly record struct HubPlace(string? ProvinceCode, int RegionCode, bool Suspended)
{
    public static readonly HubPlace Unknown = new(null, FacetCodes.None, false);
}
