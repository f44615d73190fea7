using NodaTime;

namespace Hubs.HubNode.Slots;

/// <summary>Time an expert is taken, e.g. by a booked meeting: [start, end) on the instant timeline, buffers not included.</summary>
public sealed record BusyTime(Guid ExpertId, Interval Interval);
