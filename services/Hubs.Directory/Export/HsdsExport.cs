namespace Hubs.Directory.Export;

/// <summary>
/// The open export: the HSDS API's meta information (<c>version</c>, <c>openapi_url</c>) and its four lists, each one
/// page holding every item: organizations (hubs), services (a topic offered at a hub), taxonomies and taxonomy terms.
/// </summary>
public sealed record HsdsExport
{
    /// <summary>The HSDS version the export follows.</summary>
    public string Version { get; init; } = "3.0";

    public string OpenapiUrl { get; init; } = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json";

    /// <summary>When the export was read; pass it as the next <c>modified_after</c> (with a little overlap) to get what changed since.</summary>
    public required DateTimeOffset GeneratedAt { get; init; }

    /// <summary>The filter applied, if any.</summary>
    public DateTimeOffset? ModifiedAfter { get; init; }

    public required HsdsPage<HsdsOrganization> Organizations { get; init; }
    public required HsdsPage<HsdsService> Services { get; init; }
    public required HsdsPage<HsdsTaxonomy> Taxonomies { get; init; }
    public required HsdsPage<HsdsTaxonomyTerm> TaxonomyTerms { get; init; }
}
