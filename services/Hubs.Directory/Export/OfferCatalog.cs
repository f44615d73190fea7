namespace Hubs.Directory.Export;

/// <summary>What the export reads from the expert store, in one consistent read.</summary>
/// <param name="Offers">One per (hub, topic) with at least one active expert.</param>
/// <param name="ExpertsChangedAt">Per hub, when the directory last applied a change to one of its experts (retirements and removals included).</param>
public sealed record OfferCatalog(IReadOnlyList<TopicOffer> Offers, IReadOnlyDictionary<string, DateTimeOffset> ExpertsChangedAt);
