namespace Hubs.Directory.Export;

/// <summary>One topic: its code as used in our URLs and events, named in Italian (<see cref="Language"/>), described in both languages.</summary>
public sealed record HsdsTaxonomyTerm
{
    public required Guid Id { get; init; }
    public required string Code { get; init; }
    public required string Name { get; init; }
    public required string Description { get; init; }

    /// <summary>The taxonomy's name, <c>hubs-topics</c>.</summary>
    public required string Taxonomy { get; init; }

    public required Guid TaxonomyId { get; init; }
    public required string Language { get; init; }
}
