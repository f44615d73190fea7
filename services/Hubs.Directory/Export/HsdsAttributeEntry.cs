namespace Hubs.Directory.Export;

/// <summary>Links an organization or a service to a term of the topic taxonomy.</summary>
public sealed record HsdsAttributeEntry
{
    public required Guid Id { get; init; }
    public required Guid LinkId { get; init; }
    public required Guid TaxonomyTermId { get; init; }

    /// <summary><c>topic</c> for a service's subject, <c>specialty</c> for what a hub is strongest in.</summary>
    public required string LinkType { get; init; }

    /// <summary><c>service</c> or <c>organization</c>.</summary>
    public required string LinkEntity { get; init; }

    public required HsdsTaxonomyTerm TaxonomyTerm { get; init; }
}
