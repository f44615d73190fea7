using Hubs.Directory.Experts;

namespace Hubs.Directory.Registry;

/// <summary>What the hub endpoints read from.</summary>
public sealed record HubServices(IHubRegistry Registry, IExpertDirectory Experts, HubLiveness Liveness);
