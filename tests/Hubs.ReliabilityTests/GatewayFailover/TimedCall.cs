using System.Net;

namespace Hubs.ReliabilityTests.GatewayFailover;

/// <summary>One call through the gateway: when it left (on the scenario's clock), how long it took and what came back.</summary>
internal sealed record TimedCall(string HubId, TimeSpan StartedAt, TimeSpan Took, HttpStatusCode Status, string? MediaType)
{
    public TimeSpan EndedAt => StartedAt + Took;
}
