using NodaTime;

namespace Hubs.HubNode.Availability;

/// <summary>Every <see cref="Day"/>, the expert takes meetings during <see cref="Hours"/> (local time).</summary>
public sealed record WeeklyOpening(IsoDayOfWeek Day, LocalTimeRange Hours);
