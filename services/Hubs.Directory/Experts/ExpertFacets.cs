namespace Hubs.Directory.Experts;

/// <summary>
/// Counts of matching experts by topic code, hub id, region name and language code. Each facet is counted with every
/// filter applied except its own (the topic counts ignore <c>topic</c>, and so on), so a list of choices shows what
/// each alternative would give. Keys are in ordinal order.
/// </summary>
public sealed record ExpertFacets(
    IReadOnlyDictionary<string, long> Topic,
    IReadOnlyDictionary<string, long> Hub,
    IReadOnlyDictionary<string, long> Region,
    IReadOnlyDictionary<string, long> Language);
