namespace Hubs.Directory.Registry;

/// <summary>A hub's membership after a coordinator suspended or admitted it.</summary>
/// <param name="Version">Grows by one at every change of membership.</param>
/// <param name="ResyncRequestId">On admission: the snapshot asked of the hub, to catch up with what it changed while suspended.</param>
public sealed record HubMembershipView(string HubId, bool Suspended, long Version, Guid? ResyncRequestId);
