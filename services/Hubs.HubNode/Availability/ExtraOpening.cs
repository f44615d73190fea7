using NodaTime;

namespace Hubs.HubNode.Availability;

/// <summary>Local hours open on one date in addition to the weekly rules (and regardless of exceptions).</summary>
public sealed record ExtraOpening(LocalDate Date, LocalTimeRange Hours);
