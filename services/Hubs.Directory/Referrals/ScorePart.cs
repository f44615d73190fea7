namespace Hubs.Directory.Referrals;

/// <summary>One part of a hub's score: its value (0..1), the weight it had for this request, and value × weight.</summary>
public sealed record ScorePart(double Value, double Weight, double Points);
