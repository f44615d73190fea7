using Hubs.HubNode.Experts;

namespace Hubs.HubNode.Availability;

/// <summary>What a <c>PUT</c> of availability did; an availability change is an expert change, so the outcomes are the same.</summary>
public sealed record AvailabilityChange(ExpertChangeOutcome Outcome, ExpertAvailability? Availability = null);
