namespace Hubs.Portal.Components.Businesses;

/// <summary>The need as the search form sends it (query string), carried on to the booking to fill the intake.</summary>
public sealed record NeedQuery(IReadOnlyList<string> Topics, string? Province, string? Language, string? Urgency, string? Sector, string? Size)
{
    public static readonly NeedQuery Empty = new([], null, null, null, null, null);

    /// <summary>The same need as a query string for the next page.</summary>
    public string ToQuery() => Gateway.GatewayCalls.Query(
        [.. Topics.Select(t => ("topic", (string?)t)), ("province", Province), ("language", Language), ("urgency", Urgency), ("sector", Sector), ("size", Size)]);
}
