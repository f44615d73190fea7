namespace Hubs.HubNode.Practices;

/// <summary>What an update or withdrawal did; <see cref="Practice"/> is the stored state when there is one.</summary>
public sealed record PracticeChange(PracticeChangeOutcome Outcome, Practice? Practice = null);
