using Hubs.Directory.HubAccess;

namespace Hubs.Directory.Referrals;

/// <summary>What one hub answered within the budget: its free brainstormings for <see cref="Topic"/>, earliest first.</summary>
public sealed record LiveAnswer(string Topic, IReadOnlyList<LiveSlot> Slots);
