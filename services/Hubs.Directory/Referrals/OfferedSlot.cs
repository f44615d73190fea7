namespace Hubs.Directory.Referrals;

/// <summary>A free brainstorming a hub offered just now, for the business to pick when it accepts that hub.</summary>
public sealed record OfferedSlot(Guid ExpertId, DateTimeOffset Start, DateTimeOffset End);
