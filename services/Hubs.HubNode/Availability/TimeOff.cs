using NodaTime;

namespace Hubs.HubNode.Availability;

/// <summary>
/// Time off the weekly rules on every date from <see cref="From"/> to <see cref="To"/> (inclusive): the whole day when
/// <see cref="Hours"/> is null, otherwise those local hours of each of those dates.
/// </summary>
public sealed record TimeOff(LocalDate From, LocalDate To, LocalTimeRange? Hours)
{
    public bool Covers(LocalDate date) => From <= date && date <= To;
}
