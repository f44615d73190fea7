namespace Hubs.HubNode.Versioning;

/// <summary>What a change did; <see cref="Current"/> is the stored state when there is one (the new one when changed).</summary>
public sealed record Change<T>(ChangeOutcome Outcome, T? Current = null) where T : class;
