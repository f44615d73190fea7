namespace Hubs.HubNode.Experts;

/// <summary>What an update or retirement did; <see cref="Expert"/> is the stored state when there is one.</summary>
public sealed record ExpertChange(ExpertChangeOutcome Outcome, Expert? Expert = null);
