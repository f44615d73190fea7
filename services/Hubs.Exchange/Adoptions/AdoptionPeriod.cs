namespace Hubs.Exchange.Adoptions;

/// <summary>A half-open period [<see cref="From"/>, <see cref="To"/>); either end may be open.</summary>
public sealed record AdoptionPeriod(DateTimeOffset? From, DateTimeOffset? To);
